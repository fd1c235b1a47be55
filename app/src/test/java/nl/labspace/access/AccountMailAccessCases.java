package nl.labspace.access;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.access.Case.ANONYMOUS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Accounts by email and the outbox: invitations (API and accounts page) and the outbox page are the admin's; the
 * reset request, the mailed link's pages and POST /api/auth/password are anyone's (a broken link answers 400); my
 * account's page and password change need a signed-in account of any role. A password is never changed here (it
 * would end the shared tokens): a wrong current password shows access with 400. AccountMailsTest and
 * AccountMailBrowserTest cover the flows in full.
 */
class AccountMailAccessCases implements FeatureAccess {

    private static final String TOKEN = "_csrf=" + AccessMatrixTest.FORM_TOKEN;
    private static final List<String> NOT_ADMINS = List.of(COMPANY_X_USER, MANAGER_A, FUND_ZH);
    private static final List<String> EVERY_ROLE = List.of(ADMIN, COMPANY_X_USER, MANAGER_A, FUND_ZH);

    @Override
    public Set<String> routes() {
        return Set.of("POST /api/admin/invitations", "POST /api/auth/password-reset", "POST /api/auth/password",
                "PUT /api/me/password", "GET /password/forgot{?sent}", "POST /password/forgot", "GET /password/set{?token}",
                "POST /password/set", "GET /password/done", "GET /console/account{?done}", "POST /console/account/password",
                "POST /console/admin/accounts/invite", "GET /console/admin/outbox{?page}", "PUT /api/me/language",
                "POST /console/account/language");
    }

    @Override
    public List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String invitation = "{\"email\":\"matrix-invitee@test.nl\",\"displayName\":\"Matrix\",\"binding\":{\"role\":\"admin\"}}";
        cases.add(new Case(ANONYMOUS, "POST", "/api/admin/invitations", invitation, 401));
        NOT_ADMINS.forEach(actor -> cases.add(new Case(actor, "POST", "/api/admin/invitations", invitation, 403)));
        cases.add(new Case(ADMIN, "POST", "/api/admin/invitations", invitation, 201));
        cases.add(new Case(ADMIN, "POST", "/api/admin/invitations", "{\"email\":\"x@test.nl\",\"displayName\":\"X\",\"binding\":{\"role\":\"king\"}}", 400));

        cases.add(new Case(ANONYMOUS, "POST", "/api/auth/password-reset", "{\"email\":\"nobody@test.nl\"}", 202));
        cases.add(new Case(MANAGER_A, "POST", "/api/auth/password-reset", "{\"email\":\"" + FUND_ZH + "\"}", 202));
        cases.add(new Case(ANONYMOUS, "POST", "/api/auth/password-reset", "{\"mail\":\"nobody@test.nl\"}", 400));
        cases.add(new Case(ANONYMOUS, "POST", "/api/auth/password",
                "{\"token\":\"not-a-token\",\"password\":\"long enough password\"}", 400));

        String change = "{\"currentPassword\":\"not the password\",\"newPassword\":\"long enough password\"}";
        cases.add(new Case(ANONYMOUS, "PUT", "/api/me/password", change, 401));
        EVERY_ROLE.forEach(actor -> cases.add(new Case(actor, "PUT", "/api/me/password", change, 400)));

        cases.add(new Case(ANONYMOUS, "PUT", "/api/me/language", "{\"language\":\"nl\"}", 401));
        EVERY_ROLE.forEach(actor -> cases.add(new Case(actor, "PUT", "/api/me/language", "{\"language\":\"nl\"}", 204)));
        cases.add(new Case(MANAGER_A, "PUT", "/api/me/language", "{\"language\":\"fr\"}", 400));
        cases.add(new Case(ANONYMOUS, "POST", "/console/account/language", "language=nl&" + TOKEN, 401));
        EVERY_ROLE.forEach(actor -> cases.add(new Case(actor, "POST", "/console/account/language", "language=nl", 303)));
        cases.add(new Case(FUND_ZH, "POST", "/console/account/language", "language=de", 400));

        for (String page : List.of("/password/forgot", "/password/forgot?sent=1", "/password/set?token=nothing", "/password/done")) {
            cases.add(new Case(ANONYMOUS, "GET", page, null, 200));
        }
        cases.add(new Case(MANAGER_A, "GET", "/password/forgot", null, 200));
        cases.add(new Case(ANONYMOUS, "POST", "/password/forgot", "email=nobody%40test.nl&" + TOKEN, 303));
        cases.add(new Case(ANONYMOUS, "POST", "/password/forgot", "email=not-an-address&" + TOKEN, 400));
        cases.add(new Case(ANONYMOUS, "POST", "/password/set",
                "token=nothing&password=long+enough+password&repeat=long+enough+password&" + TOKEN, 400));

        cases.add(new Case(ANONYMOUS, "GET", "/console/account", null, 401));
        EVERY_ROLE.forEach(actor -> cases.add(new Case(actor, "GET", "/console/account", null, 200)));
        String form = "currentPassword=wrong+password&newPassword=long+enough+password&repeat=long+enough+password";
        cases.add(new Case(ANONYMOUS, "POST", "/console/account/password", form + "&" + TOKEN, 401));
        EVERY_ROLE.forEach(actor -> cases.add(new Case(actor, "POST", "/console/account/password", form, 400)));

        String invite = "email=matrix-page-invitee%40test.nl&displayName=Matrix&language=en&role=admin";
        cases.add(new Case(ANONYMOUS, "POST", "/console/admin/accounts/invite", invite + "&" + TOKEN, 401));
        NOT_ADMINS.forEach(actor -> cases.add(new Case(actor, "POST", "/console/admin/accounts/invite", invite, 403)));
        cases.add(new Case(ADMIN, "POST", "/console/admin/accounts/invite", invite, 303));
        cases.add(new Case(ADMIN, "POST", "/console/admin/accounts/invite", "email=x&role=admin", 400));

        cases.add(new Case(ANONYMOUS, "GET", "/console/admin/outbox", null, 401));
        NOT_ADMINS.forEach(actor -> cases.add(new Case(actor, "GET", "/console/admin/outbox", null, 403)));
        cases.add(new Case(ADMIN, "GET", "/console/admin/outbox", null, 200));
        cases.add(new Case(ADMIN, "GET", "/console/admin/outbox?page=3", null, 200));
        return cases;
    }
}
