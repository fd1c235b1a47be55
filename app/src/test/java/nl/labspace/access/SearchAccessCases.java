package nl.labspace.access;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.CAMPUS_B;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_A;

import java.util.List;
import java.util.Set;

/**
 * Search: space is public (listings); demand is for campus managers, fund managers and admins (anonymised, scoped
 * to a fund manager's regions); a campus's stale units are for its own managers and admins.
 */
class SearchAccessCases implements FeatureAccess {

    private static final String ANONYMOUS = Case.ANONYMOUS;

    @Override
    public Set<String> routes() {
        return Set.of("GET /api/search/space", "GET /api/search/demand", "GET /api/campuses/{id}/stale-units");
    }

    @Override
    public List<Case> cases() {
        String space = "/api/search/space?near=52.1664,4.4817&withinKm=50";
        String demand = "/api/search/demand?region=PV28";
        String staleA = "/api/campuses/" + CAMPUS_A + "/stale-units";
        String staleB = "/api/campuses/" + CAMPUS_B + "/stale-units";
        return List.of(
                new Case(ANONYMOUS, "GET", space, null, 200),
                new Case(COMPANY_X_USER, "GET", space, null, 200),
                new Case(MANAGER_A, "GET", space, null, 200),
                new Case(FUND_ZH, "GET", space, null, 200),
                new Case(ADMIN, "GET", space + "&format=geojson", null, 200),
                new Case(ANONYMOUS, "GET", demand, null, 401),
                new Case(COMPANY_X_USER, "GET", demand, null, 403),
                new Case(MANAGER_A, "GET", demand, null, 200),
                new Case(FUND_ZH, "GET", demand, null, 200),
                new Case(ADMIN, "GET", demand + "&format=geojson", null, 200),
                new Case(ANONYMOUS, "GET", staleA, null, 401),
                new Case(COMPANY_X_USER, "GET", staleA, null, 403),
                new Case(FUND_ZH, "GET", staleA, null, 403),
                new Case(MANAGER_A, "GET", staleA, null, 200),
                new Case(MANAGER_A, "GET", staleB, null, 404),
                new Case(MANAGER_A, "GET", "/api/campuses/no-such-campus/stale-units", null, 404),
                new Case(ADMIN, "GET", staleB, null, 200));
    }
}
