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
 * Saved searches and alerts: companies (space) and campus managers (demand) only, each its own; anonymous 401, other
 * roles 403, an id that is not the caller's 404 (AlertAccessTest shows another company's real search answering
 * 404). The unsubscribe link needs no sign-in; a token that is not genuine answers 404.
 */
class AlertAccessCases implements FeatureAccess {

    private static final String TOKEN = "_csrf=" + AccessMatrixTest.FORM_TOKEN;
    private static final String NO_ID = "00000000-0000-0000-0000-00000000ffff";
    private static final String BODY = "{\"name\":\"Matrix\",\"search\":\"\",\"frequency\":\"weekly\"}";

    @Override
    public Set<String> routes() {
        return Set.of("GET /api/alerts", "POST /api/alerts", "GET /api/alerts/{id}", "PUT /api/alerts/{id}",
                "DELETE /api/alerts/{id}", "GET /api/alerts/{id}/alerts", "GET /api/alerts/{id}/alerts/{alertId}",
                "GET /alerts/unsubscribe/{token}",
                "GET /console/alerts{?search,done}", "POST /console/alerts", "GET /console/alerts/{id}/edit",
                "POST /console/alerts/{id}", "POST /console/alerts/{id}/pause", "POST /console/alerts/{id}/resume",
                "POST /console/alerts/{id}/delete", "GET /console/alerts/{id}/alerts/{alertId}");
    }

    @Override
    public List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String actor : List.of(ANONYMOUS, FUND_ZH, ADMIN, COMPANY_X_USER, MANAGER_A)) {
            int role = ANONYMOUS.equals(actor) ? 401 : FUND_ZH.equals(actor) || ADMIN.equals(actor) ? 403 : 0;
            cases.add(new Case(actor, "GET", "/api/alerts", null, role == 0 ? 200 : role));
            cases.add(new Case(actor, "POST", "/api/alerts", BODY, role == 0 ? 201 : role));
            cases.add(new Case(actor, "GET", "/api/alerts/" + NO_ID, null, role == 0 ? 404 : role));
            cases.add(new Case(actor, "PUT", "/api/alerts/" + NO_ID, BODY, role == 0 ? 404 : role));
            cases.add(new Case(actor, "DELETE", "/api/alerts/" + NO_ID, null, role == 0 ? 404 : role));
            cases.add(new Case(actor, "GET", "/api/alerts/" + NO_ID + "/alerts", null, role == 0 ? 404 : role));
            cases.add(new Case(actor, "GET", "/api/alerts/" + NO_ID + "/alerts/" + NO_ID, null, role == 0 ? 404 : role));
            cases.add(new Case(actor, "GET", "/console/alerts", null, role == 0 ? 200 : role));
            cases.add(new Case(actor, "GET", "/console/alerts/" + NO_ID + "/edit", null, role == 0 ? 404 : role));
            cases.add(new Case(actor, "GET", "/console/alerts/" + NO_ID + "/alerts/" + NO_ID, null, role == 0 ? 404 : role));
            for (String form : List.of("/console/alerts/" + NO_ID, "/console/alerts/" + NO_ID + "/pause",
                    "/console/alerts/" + NO_ID + "/resume", "/console/alerts/" + NO_ID + "/delete")) {
                String body = form.endsWith(NO_ID) ? "name=x" : "";
                cases.add(new Case(actor, "POST", form, ANONYMOUS.equals(actor) ? body + "&" + TOKEN : body, role == 0 ? 404 : role));
            }
        }
        cases.add(new Case(ANONYMOUS, "POST", "/console/alerts", "name=x&" + TOKEN, 401));
        cases.add(new Case(FUND_ZH, "POST", "/console/alerts", "name=x", 403));
        cases.add(new Case(COMPANY_X_USER, "POST", "/console/alerts", "name=Matrix&search=&frequency=daily", 303));
        cases.add(new Case(COMPANY_X_USER, "POST", "/console/alerts", "name=&search=colour%3Dblue&frequency=daily", 400));
        cases.add(new Case(COMPANY_X_USER, "POST", "/api/alerts", "{\"name\":\"x\",\"search\":\"withinKm=5\",\"frequency\":\"daily\"}", 400));
        cases.add(new Case(ANONYMOUS, "GET", "/alerts/unsubscribe/not-a-genuine-token", null, 404));
        return cases;
    }
}
