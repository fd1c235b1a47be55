package nl.labspace.access;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.CAMPUS_B;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.access.Case.ANONYMOUS;

import java.util.List;
import java.util.Set;

/**
 * A campus's units as CSV: its managers and admins only. The matrix sends bodies as JSON, so the import cases
 * send none: past the access checks an empty upload is the import's own 400 (nothing is written); successful
 * imports are in listing/csv/UnitCsvImportTest.
 */
class CsvAccessCases implements FeatureAccess {

    @Override
    public Set<String> routes() {
        return Set.of("GET /api/campuses/{campusId}/units.csv", "POST /api/campuses/{campusId}/units.csv");
    }

    @Override
    public List<Case> cases() {
        String csvA = "/api/campuses/" + CAMPUS_A + "/units.csv";
        String csvB = "/api/campuses/" + CAMPUS_B + "/units.csv";
        String csvNone = "/api/campuses/no-such-campus/units.csv";
        return List.of(
                new Case(ANONYMOUS, "GET", csvA, null, 401),
                new Case(COMPANY_X_USER, "GET", csvA, null, 403),
                new Case(FUND_ZH, "GET", csvA, null, 403),
                new Case(MANAGER_A, "GET", csvA, null, 200),
                new Case(MANAGER_A, "GET", csvB, null, 404),
                new Case(MANAGER_A, "GET", csvNone, null, 404),
                new Case(ADMIN, "GET", csvB, null, 200),
                new Case(ADMIN, "GET", csvNone, null, 404),
                new Case(ANONYMOUS, "POST", csvA, null, 401),
                new Case(COMPANY_X_USER, "POST", csvA, null, 403),
                new Case(FUND_ZH, "POST", csvA, null, 403),
                new Case(MANAGER_A, "POST", csvB, null, 404),
                new Case(MANAGER_A, "POST", csvNone, null, 404),
                new Case(MANAGER_A, "POST", csvA, null, 400),
                new Case(ADMIN, "POST", csvB, null, 400));
    }
}
