package nl.labspace.access;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.CAMPUS_B;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.access.Case.ANONYMOUS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What-if scenarios: fund managers and admins, each their own scenarios only (another's answers 404 like a missing
 * one: WhatIfScenarioTest covers owners end to end); a building only in a region the fund manager follows.
 */
class WhatIfAccessCases implements FeatureAccess {

    private static final String SCENARIOS = "/api/insight/scenarios";
    private static final String NONE = SCENARIOS + "/00000000-0000-0000-0000-00000000ffff";
    private static final String BODY = """
            {"name":"Access","steps":10,"buildings":[{"name":"Wing","campus":"%s","labM2":300,"officeM2":100,
             "rentPerM2Year":300,"deliveryMonth":"2027-06"}]}""";

    @Override
    public Set<String> routes() {
        return Set.of("POST " + SCENARIOS, "GET " + SCENARIOS, "GET " + SCENARIOS + "/compare{?ids}",
                "GET " + SCENARIOS + "/{id}", "PUT " + SCENARIOS + "/{id}", "DELETE " + SCENARIOS + "/{id}",
                "POST " + SCENARIOS + "/{id}/run", "POST " + SCENARIOS + "/{id}/stop");
    }

    @Override
    public List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String actor : List.of(ANONYMOUS, COMPANY_X_USER, MANAGER_A)) {
            int status = ANONYMOUS.equals(actor) ? 401 : 403;
            cases.add(new Case(actor, "GET", SCENARIOS, null, status));
            cases.add(new Case(actor, "POST", SCENARIOS, BODY.formatted(CAMPUS_A), status));
            cases.add(new Case(actor, "GET", SCENARIOS + "/compare?ids=" + NONE.substring(SCENARIOS.length() + 1), null, status));
            cases.add(new Case(actor, "GET", NONE, null, status));
            cases.add(new Case(actor, "PUT", NONE, BODY.formatted(CAMPUS_A).replaceFirst("\\{\"name\"", "{\"version\":0,\"name\""), status));
            cases.add(new Case(actor, "DELETE", NONE, null, status));
            cases.add(new Case(actor, "POST", NONE + "/run", "", status));
            cases.add(new Case(actor, "POST", NONE + "/stop", "", status));
        }
        for (String actor : List.of(FUND_ZH, ADMIN)) {
            cases.add(new Case(actor, "GET", SCENARIOS, null, 200));
            cases.add(new Case(actor, "GET", SCENARIOS + "/compare?ids=" + NONE.substring(SCENARIOS.length() + 1), null, 404));
            cases.add(new Case(actor, "GET", NONE, null, 404));
            cases.add(new Case(actor, "PUT", NONE, BODY.formatted(CAMPUS_A).replaceFirst("\\{\"name\"", "{\"version\":0,\"name\""), 404));
            cases.add(new Case(actor, "DELETE", NONE, null, 404));
            cases.add(new Case(actor, "POST", NONE + "/run", "", 404));
            cases.add(new Case(actor, "POST", NONE + "/stop", "", 404));
        }
        // a building only in a region the fund manager follows (Zuid-Holland: campus A, not campus B in Utrecht)
        cases.add(new Case(FUND_ZH, "POST", SCENARIOS, BODY.formatted(CAMPUS_B), 400));
        cases.add(new Case(FUND_ZH, "POST", SCENARIOS, BODY.formatted(CAMPUS_A), 201));
        cases.add(new Case(ADMIN, "POST", SCENARIOS, BODY.formatted(CAMPUS_B), 201));
        return cases;
    }
}
