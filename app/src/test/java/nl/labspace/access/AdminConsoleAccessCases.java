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
 * The admin console's accounts, audit and stop pages (/console/admin/accounts, /console/admin/audit,
 * /console/admin/runs/{id}/stop): admins only. Anonymous 401 (redirects are off), every other role 403, the admin
 * 200 for a page, 303 for a form that worked, 400 for a form that breaks a rule and 404 for a missing account or
 * run, as the API. AdminConsolePagesTest and AdminConsoleRunsTest cover the admin's forms in full.
 */
class AdminConsoleAccessCases implements FeatureAccess {

    private static final String TOKEN = "_csrf=" + AccessMatrixTest.FORM_TOKEN;
    private static final String NO_ID = "00000000-0000-0000-0000-00000000ffff";
    private static final List<String> NOT_ADMINS = List.of(COMPANY_X_USER, MANAGER_A, FUND_ZH);

    @Override
    public Set<String> routes() {
        return Set.of("GET /console/admin/accounts{?page,edit,done}", "POST /console/admin/accounts",
                "POST /console/admin/accounts/{id}/role", "GET /console/admin/audit{?action,actor,from,to,page}",
                "POST /console/admin/runs/{id}/stop");
    }

    @Override
    public List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String page : List.of("/console/admin/accounts", "/console/admin/audit")) {
            cases.add(new Case(ANONYMOUS, "GET", page, null, 401));
            NOT_ADMINS.forEach(actor -> cases.add(new Case(actor, "GET", page, null, 403)));
            cases.add(new Case(ADMIN, "GET", page, null, 200));
        }
        cases.add(new Case(ADMIN, "GET", "/console/admin/accounts?page=2&edit={fund}", null, 200));
        cases.add(new Case(ADMIN, "GET", "/console/admin/accounts?edit=" + NO_ID, null, 404));
        cases.add(new Case(ADMIN, "GET", "/console/admin/audit?action=login.&actor=admin&from=2026-01-01&page=2", null, 200));
        cases.add(new Case(ADMIN, "GET", "/console/admin/audit?from=yesterday", null, 400));

        String account = "email=matrix-console%40test.nl&displayName=Matrix&password=long+enough+password&role=admin";
        cases.add(new Case(ANONYMOUS, "POST", "/console/admin/accounts", account + "&" + TOKEN, 401));
        NOT_ADMINS.forEach(actor -> cases.add(new Case(actor, "POST", "/console/admin/accounts", account, 403)));
        cases.add(new Case(ADMIN, "POST", "/console/admin/accounts", account, 303));
        cases.add(new Case(ADMIN, "POST", "/console/admin/accounts", "email=x&password=short&role=admin", 400));

        String role = "/console/admin/accounts/{fund}/role";
        String binding = "role=fund-manager&regionCodes=PV28%2C+PV27";
        cases.add(new Case(ANONYMOUS, "POST", role, binding + "&" + TOKEN, 401));
        NOT_ADMINS.forEach(actor -> cases.add(new Case(actor, "POST", role, binding, 403)));
        cases.add(new Case(ADMIN, "POST", role, binding, 303));
        cases.add(new Case(ADMIN, "POST", role, "role=fund-manager", 400));
        cases.add(new Case(ADMIN, "POST", "/console/admin/accounts/" + NO_ID + "/role", binding, 404));

        String stop = "/console/admin/runs/" + NO_ID + "/stop";
        cases.add(new Case(ANONYMOUS, "POST", stop, TOKEN, 401));
        NOT_ADMINS.forEach(actor -> cases.add(new Case(actor, "POST", stop, "", 403)));
        cases.add(new Case(ADMIN, "POST", stop, "", 404));
        return cases;
    }
}
