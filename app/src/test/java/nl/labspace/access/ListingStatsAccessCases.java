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
 * Listing statistics: a campus's managers read its figures (API JSON and CSV, and the console page), admins every
 * campus's through the API (the console page is the campus manager's, as every campus console page); companies and
 * fund managers 403, anonymous 401; another campus or one that does not exist 404, whatever the period asked.
 */
class ListingStatsAccessCases implements FeatureAccess {

    @Override
    public Set<String> routes() {
        return Set.of("GET /api/campuses/{campusId}/statistics{?from,to}", "GET /api/campuses/{campusId}/statistics.csv{?from,to}",
                "GET /console/campus/campuses/{id}/statistics{?from,to}");
    }

    @Override
    public List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String kind : List.of("/statistics", "/statistics.csv")) {
            String a = "/api/campuses/" + CAMPUS_A + kind;
            String b = "/api/campuses/" + CAMPUS_B + kind;
            cases.add(new Case(ANONYMOUS, "GET", a, null, 401));
            cases.add(new Case(COMPANY_X_USER, "GET", a, null, 403));
            cases.add(new Case(FUND_ZH, "GET", a, null, 403));
            cases.add(new Case(MANAGER_A, "GET", a, null, 200));
            cases.add(new Case(MANAGER_A, "GET", a + "?from=2026-01&to=2026-06", null, 200));
            cases.add(new Case(MANAGER_A, "GET", a + "?from=2026-13", null, 400));
            cases.add(new Case(MANAGER_A, "GET", b, null, 404));
            cases.add(new Case(MANAGER_A, "GET", b + "?from=2026-13", null, 404));
            cases.add(new Case(MANAGER_A, "GET", "/api/campuses/no-such-campus" + kind, null, 404));
            cases.add(new Case(ADMIN, "GET", b, null, 200));
            cases.add(new Case(ADMIN, "GET", "/api/campuses/no-such-campus" + kind, null, 404));
        }
        String pageA = "/console/campus/campuses/" + CAMPUS_A + "/statistics";
        cases.add(new Case(ANONYMOUS, "GET", pageA, null, 401));
        for (String other : List.of(COMPANY_X_USER, FUND_ZH, ADMIN)) {
            cases.add(new Case(other, "GET", pageA, null, 403));
        }
        cases.add(new Case(MANAGER_A, "GET", pageA, null, 200));
        cases.add(new Case(MANAGER_A, "GET", pageA + "?from=2026-07&to=2026-01", null, 400));
        cases.add(new Case(MANAGER_A, "GET", "/console/campus/campuses/" + CAMPUS_B + "/statistics", null, 404));
        cases.add(new Case(MANAGER_A, "GET", "/console/campus/campuses/no-such-campus/statistics", null, 404));
        return cases;
    }
}
