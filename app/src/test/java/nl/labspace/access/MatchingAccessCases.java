package nl.labspace.access;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.NEED_Y;
import static nl.labspace.TestMarket.NEED_X;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.access.Case.ANONYMOUS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Matching runs (administrators only) and proposals (companies for their needs, campus managers for their units,
 * never fund managers). Proposals of other tenants answer 404 like missing ones: MatchingWorkflowTest covers the
 * owners' own proposals end to end. The one mutating case, starting a run, comes last.
 */
class MatchingAccessCases implements FeatureAccess {

    private static final String NO_RUN = "/api/admin/matching/runs/00000000-0000-0000-0000-00000000ffff";
    private static final String NO_PROPOSAL = "/api/proposals/00000000-0000-0000-0000-00000000ffff";

    @Override
    public Set<String> routes() {
        return Set.of("POST /api/admin/matching/runs", "GET /api/admin/matching/runs", "GET /api/admin/matching/runs/{id}",
                "GET /api/admin/matching/runs/{id}/status", "GET /api/admin/matching/runs/{id}/events",
                "POST /api/admin/matching/runs/{id}/stop", "GET /api/admin/matching/runs/{id}/snapshot",
                "GET /api/admin/matching/runs/{id}/solution", "GET /api/proposals", "GET /api/proposals/{id}",
                "POST /api/proposals/{id}/accept", "POST /api/proposals/{id}/decline",
                "POST /api/proposals/{id}/confirm", "POST /api/proposals/{id}/campus-decline", "POST /api/needs/{id}/options");
    }

    @Override
    public List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String path : List.of("/api/admin/matching/runs", NO_RUN, NO_RUN + "/status", NO_RUN + "/events",
                NO_RUN + "/snapshot", NO_RUN + "/solution")) {
            cases.add(new Case(ANONYMOUS, "GET", path, null, 401));
            cases.add(new Case(COMPANY_X_USER, "GET", path, null, 403));
            cases.add(new Case(MANAGER_A, "GET", path, null, 403));
            cases.add(new Case(FUND_ZH, "GET", path, null, 403));
            cases.add(new Case(ADMIN, "GET", path, null, path.endsWith("/runs") ? 200 : 404));
        }
        cases.add(new Case(COMPANY_X_USER, "POST", NO_RUN + "/stop", "", 403));
        cases.add(new Case(ADMIN, "POST", NO_RUN + "/stop", "", 404));
        cases.add(new Case(ANONYMOUS, "GET", "/api/proposals", null, 401));
        cases.add(new Case(FUND_ZH, "GET", "/api/proposals", null, 403));
        cases.add(new Case(COMPANY_X_USER, "GET", "/api/proposals", null, 200));
        cases.add(new Case(MANAGER_A, "GET", "/api/proposals", null, 200));
        cases.add(new Case(ADMIN, "GET", "/api/proposals", null, 200));
        cases.add(new Case(FUND_ZH, "GET", NO_PROPOSAL, null, 403));
        cases.add(new Case(COMPANY_X_USER, "GET", NO_PROPOSAL, null, 404));
        for (String action : List.of("accept", "decline")) {
            cases.add(new Case(ANONYMOUS, "POST", NO_PROPOSAL + "/" + action, "", 401));
            cases.add(new Case(MANAGER_A, "POST", NO_PROPOSAL + "/" + action, "", 403));
            cases.add(new Case(FUND_ZH, "POST", NO_PROPOSAL + "/" + action, "", 403));
            cases.add(new Case(COMPANY_X_USER, "POST", NO_PROPOSAL + "/" + action, "", 404));
        }
        for (String action : List.of("confirm", "campus-decline")) {
            cases.add(new Case(ANONYMOUS, "POST", NO_PROPOSAL + "/" + action, "", 401));
            cases.add(new Case(COMPANY_X_USER, "POST", NO_PROPOSAL + "/" + action, "", 403));
            cases.add(new Case(FUND_ZH, "POST", NO_PROPOSAL + "/" + action, "", 403));
            cases.add(new Case(MANAGER_A, "POST", NO_PROPOSAL + "/" + action, "", 404));
        }
        String optionsX = "/api/needs/" + NEED_X + "/options";
        cases.add(new Case(ANONYMOUS, "POST", optionsX, "", 401));
        cases.add(new Case(MANAGER_A, "POST", optionsX, "", 403));
        cases.add(new Case(FUND_ZH, "POST", optionsX, "", 403));
        cases.add(new Case(COMPANY_X_USER, "POST", "/api/needs/" + NEED_Y + "/options", "", 404));
        cases.add(new Case(COMPANY_X_USER, "POST", optionsX, "", 200));
        cases.add(new Case(ANONYMOUS, "POST", "/api/admin/matching/runs", "{\"budgetSeconds\":1}", 401));
        cases.add(new Case(COMPANY_X_USER, "POST", "/api/admin/matching/runs", "{\"budgetSeconds\":1}", 403));
        cases.add(new Case(FUND_ZH, "POST", "/api/admin/matching/runs", "{\"budgetSeconds\":1}", 403));
        cases.add(new Case(ADMIN, "POST", "/api/admin/matching/runs", "{\"regions\":[\"PV28\"],\"budgetSeconds\":1}", 201));
        return cases;
    }
}
