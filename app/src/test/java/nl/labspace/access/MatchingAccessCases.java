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
    private static final String TINY_INSTANCE = """
            {"format":"labspace-matching/1","name":"tiny","campuses":[{"id":"c","lat":52.1,"lon":4.4,"province":"PV28"}],
             "units":[{"id":"u","campus":"c","labM2":100,"officeM2":0,"availableFrom":"2027-01","rentPerM2Year":300}],
             "needs":[{"id":"n","company":"x","labM2":50,"officeM2":0,"moveInEarliest":"2027-01","moveInLatest":"2027-03",
                       "termMonths":12}]}""";
    private static final String NO_PROPOSAL = "/api/proposals/00000000-0000-0000-0000-00000000ffff";

    @Override
    public Set<String> routes() {
        return Set.of("POST /api/admin/matching/runs", "GET /api/admin/matching/runs", "GET /api/admin/matching/runs/{id}",
                "GET /api/admin/matching/runs/{id}/status", "GET /api/admin/matching/runs/{id}/events",
                "POST /api/admin/matching/runs/{id}/stop", "GET /api/admin/matching/runs/{id}/snapshot",
                "GET /api/admin/matching/runs/{id}/solution", "GET /api/proposals", "GET /api/proposals/{id}",
                "POST /api/proposals/{id}/accept", "POST /api/proposals/{id}/decline",
                "POST /api/proposals/{id}/confirm", "POST /api/proposals/{id}/campus-decline", "POST /api/needs/{id}/options",
                "GET /api/matching/runs/{id}/figures", "GET /api/admin/matching/market{?regions}",
                "POST /api/admin/matching/sandbox{?budgetSeconds,seed}");
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
        cases.add(new Case(ANONYMOUS, "GET", "/api/matching/runs/00000000-0000-0000-0000-00000000ffff/figures", null, 404));
        for (String actor : List.of(ANONYMOUS, COMPANY_X_USER, MANAGER_A, FUND_ZH, ADMIN)) {
            int status = ANONYMOUS.equals(actor) ? 401 : ADMIN.equals(actor) ? 200 : 403;
            cases.add(new Case(actor, "GET", "/api/admin/matching/market", null, status));
            cases.add(new Case(actor, "POST", "/api/admin/matching/sandbox?budgetSeconds=1", TINY_INSTANCE,
                    ADMIN.equals(actor) ? 200 : status));
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
