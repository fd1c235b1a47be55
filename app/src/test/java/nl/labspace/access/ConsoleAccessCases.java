package nl.labspace.access;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.NEED_X;
import static nl.labspace.TestMarket.NEED_Y;
import static nl.labspace.access.Case.ANONYMOUS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The signed-in consoles: company (/console/company), campus (/console/campus) and the admin's matching runs
 * (/console/admin/runs). Anonymous 401 (as the API: redirects are off), every other role 403, the own role 200; a
 * form on another tenant's or a missing object 404, as the API. Forms are sent form-encoded (AccessMatrixTest).
 * ConsolePagesTest covers the own role's successful forms.
 */
class ConsoleAccessCases implements FeatureAccess {

    /** Anonymous forms carry the form token (and its cookie), so the answer is the sign-in's 401, not the token's 403. */
    private static final String TOKEN = "_csrf=" + AccessMatrixTest.FORM_TOKEN;
    private static final String NO_ID = "00000000-0000-0000-0000-00000000ffff";

    @Override
    public Set<String> routes() {
        return Set.of("GET /console/company{?options,done}", "POST /console/company/needs",
                "POST /console/company/needs/{id}/withdraw", "POST /console/company/proposals/{id}/accept",
                "POST /console/company/proposals/{id}/decline", "GET /console/company/needs/{id}/edit",
                "POST /console/company/needs/{id}",
                "GET /console/campus{?done}", "POST /console/campus/units/{id}/reconfirm",
                "POST /console/campus/proposals/{id}/confirm", "POST /console/campus/proposals/{id}/decline",
                "GET /console/admin/runs{?done}", "POST /console/admin/runs", "GET /console/fund{?level,figure,facet,period,region}");
    }

    @Override
    public List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        Map<String, String> owners = Map.of("/console/company", COMPANY_X_USER, "/console/campus", MANAGER_A,
                "/console/admin/runs", ADMIN);
        owners.forEach((page, owner) -> {
            for (String actor : List.of(ANONYMOUS, COMPANY_X_USER, MANAGER_A, FUND_ZH, ADMIN)) {
                int status = ANONYMOUS.equals(actor) ? 401 : owner.equals(actor) ? 200 : 403;
                cases.add(new Case(actor, "GET", page, null, status));
            }
        });
        List<String> companyForms = List.of("/console/company/needs/" + NO_ID + "/withdraw",
                "/console/company/proposals/" + NO_ID + "/accept", "/console/company/proposals/" + NO_ID + "/decline");
        List<String> campusForms = List.of("/console/campus/units/" + NO_ID + "/reconfirm",
                "/console/campus/proposals/" + NO_ID + "/confirm", "/console/campus/proposals/" + NO_ID + "/decline");
        for (String form : companyForms) {
            cases.add(new Case(ANONYMOUS, "POST", form, TOKEN, 401));
            cases.add(new Case(MANAGER_A, "POST", form, "", 403));
            cases.add(new Case(ADMIN, "POST", form, "", 403));
            cases.add(new Case(COMPANY_X_USER, "POST", form, "", 404));
        }
        cases.add(new Case(COMPANY_X_USER, "POST", "/console/company/needs/" + NEED_Y + "/withdraw", "", 404));
        cases.add(new Case(COMPANY_X_USER, "GET", "/console/company?options=" + NEED_Y, null, 404));
        for (String actor : List.of(ANONYMOUS, MANAGER_A, FUND_ZH, ADMIN)) {
            cases.add(new Case(actor, "GET", "/console/company/needs/" + NEED_X + "/edit", null, ANONYMOUS.equals(actor) ? 401 : 403));
        }
        cases.add(new Case(COMPANY_X_USER, "GET", "/console/company/needs/" + NEED_X + "/edit", null, 200));
        cases.add(new Case(COMPANY_X_USER, "GET", "/console/company/needs/" + NEED_Y + "/edit", null, 404));
        cases.add(new Case(ANONYMOUS, "POST", "/console/company/needs/" + NEED_X, "title=x&" + TOKEN, 401));
        cases.add(new Case(MANAGER_A, "POST", "/console/company/needs/" + NEED_X, "title=x", 403));
        cases.add(new Case(COMPANY_X_USER, "POST", "/console/company/needs/" + NEED_Y, "title=x&version=1", 404));
        cases.add(new Case(COMPANY_X_USER, "POST", "/console/company/needs/" + NEED_X, "title=x&labM2=many&version=1", 400));
        for (String form : campusForms) {
            cases.add(new Case(ANONYMOUS, "POST", form, TOKEN, 401));
            cases.add(new Case(COMPANY_X_USER, "POST", form, "", 403));
            cases.add(new Case(FUND_ZH, "POST", form, "", 403));
            cases.add(new Case(MANAGER_A, "POST", form, "", 404));
        }
        cases.add(new Case(ANONYMOUS, "POST", "/console/company/needs", "title=x&" + TOKEN, 401));
        cases.add(new Case(MANAGER_A, "POST", "/console/company/needs", "title=x", 403));
        cases.add(new Case(COMPANY_X_USER, "POST", "/console/company/needs", "title=x&labM2=many", 400));
        for (String actor : List.of(ANONYMOUS, COMPANY_X_USER, MANAGER_A, ADMIN)) {
            cases.add(new Case(actor, "GET", "/console/fund", null, ANONYMOUS.equals(actor) ? 401 : 403));
        }
        cases.add(new Case(FUND_ZH, "GET", "/console/fund", null, 200));
        cases.add(new Case(FUND_ZH, "GET", "/console/fund?level=rom&figure=demand-lab-m2", null, 200));
        cases.add(new Case(FUND_ZH, "GET", "/console/fund?level=county", null, 400));
        cases.add(new Case(ANONYMOUS, "POST", "/console/admin/runs", "budgetSeconds=1&" + TOKEN, 401));
        cases.add(new Case(COMPANY_X_USER, "POST", "/console/admin/runs", "budgetSeconds=1", 403));
        cases.add(new Case(MANAGER_A, "POST", "/console/admin/runs", "budgetSeconds=1", 403));
        cases.add(new Case(ADMIN, "POST", "/console/admin/runs", "budgetSeconds=0", 400));
        return cases;
    }
}
