package nl.labspace.access;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.CAMPUS_B;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.NEED_X;
import static nl.labspace.TestMarket.NEED_Y;
import static nl.labspace.TestMarket.UNIT_A;
import static nl.labspace.TestMarket.UNIT_B;
import static nl.labspace.access.Case.ANONYMOUS;
import static nl.labspace.access.Case.FRESH;

import java.util.List;
import java.util.Set;

/** Units (publish, edit, withdraw, reconfirm) and needs (post, edit, withdraw). Mutating cases come last. */
class ListingAccessCases implements FeatureAccess {

    private static final String UNIT = """
            {"name":"Suite %s","labM2":200,"officeM2":80,"containment":"ML-II","availableFrom":"2027-04",
             "rentPerM2Year":310,"version":0}""";
    private static final String NEED = """
            {"title":"Lab %s","labM2":150,"officeM2":50,"moveInEarliest":"2027-03","moveInLatest":"2027-08",
             "termMonths":24,"version":0}""";

    @Override
    public Set<String> routes() {
        return Set.of("GET /api/campuses/{campusId}/units", "POST /api/campuses/{campusId}/units",
                "GET /api/units/{id}", "PUT /api/units/{id}", "POST /api/units/{id}/withdraw",
                "POST /api/units/{id}/reconfirm", "POST /api/needs", "PUT /api/needs/{id}",
                "POST /api/needs/{id}/withdraw");
    }

    @Override
    public List<Case> cases() {
        String unitsA = "/api/campuses/" + CAMPUS_A + "/units";
        return List.of(
                new Case(ANONYMOUS, "GET", unitsA, null, 200),
                new Case(ANONYMOUS, "GET", "/api/campuses/no-such-campus/units", null, 404),
                new Case(ANONYMOUS, "GET", "/api/units/" + UNIT_A, null, 200),
                new Case(ANONYMOUS, "POST", unitsA, UNIT.formatted("anon"), 401),
                new Case(COMPANY_X_USER, "POST", unitsA, UNIT.formatted("company"), 403),
                new Case(FUND_ZH, "POST", unitsA, UNIT.formatted("fund"), 403),
                new Case(MANAGER_A, "POST", "/api/campuses/" + CAMPUS_B + "/units", UNIT.formatted("other"), 404),
                new Case(MANAGER_A, "POST", unitsA, UNIT.formatted("own"), 201),
                new Case(ADMIN, "POST", "/api/campuses/" + CAMPUS_B + "/units", UNIT.formatted("admin"), 201),
                new Case(ANONYMOUS, "PUT", "/api/units/" + UNIT_A, UNIT.formatted("x"), 401),
                new Case(COMPANY_X_USER, "PUT", "/api/units/" + UNIT_A, UNIT.formatted("x"), 403),
                new Case(MANAGER_A, "PUT", "/api/units/" + UNIT_B, UNIT.formatted("x"), 404),
                new Case(MANAGER_A, "PUT", "/api/units/" + UNIT_A, UNIT.formatted("edited"), 200),
                new Case(ANONYMOUS, "POST", "/api/units/" + UNIT_A + "/reconfirm", "", 401),
                new Case(FUND_ZH, "POST", "/api/units/" + UNIT_A + "/reconfirm", "", 403),
                new Case(MANAGER_A, "POST", "/api/units/" + UNIT_B + "/reconfirm", "", 404),
                new Case(MANAGER_A, "POST", "/api/units/" + UNIT_A + "/reconfirm", "", 200),
                new Case(ANONYMOUS, "POST", "/api/units/" + UNIT_B + "/withdraw", "", 401),
                new Case(COMPANY_X_USER, "POST", "/api/units/" + UNIT_B + "/withdraw", "", 403),
                new Case(MANAGER_A, "POST", "/api/units/" + UNIT_B + "/withdraw", "", 404),
                new Case(ADMIN, "POST", "/api/units/" + UNIT_B + "/withdraw", "", 200),
                new Case(ANONYMOUS, "GET", "/api/units/" + UNIT_B, null, 404),
                // needs: a company's own
                new Case(ANONYMOUS, "POST", "/api/needs", NEED.formatted("anon"), 401),
                new Case(MANAGER_A, "POST", "/api/needs", NEED.formatted("manager"), 403),
                new Case(FUND_ZH, "POST", "/api/needs", NEED.formatted("fund"), 403),
                new Case(ADMIN, "POST", "/api/needs", NEED.formatted("admin"), 403),
                new Case(COMPANY_X_USER, "POST", "/api/needs", NEED.formatted("own"), 201),
                new Case(ANONYMOUS, "PUT", "/api/needs/" + NEED_X, NEED.formatted("x"), 401),
                new Case(MANAGER_A, "PUT", "/api/needs/" + NEED_X, NEED.formatted("x"), 403),
                new Case(COMPANY_X_USER, "PUT", "/api/needs/" + NEED_Y, NEED.formatted("x"), 404),
                new Case(COMPANY_X_USER, "PUT", "/api/needs/" + NEED_X, NEED.formatted("edited"), 200),
                new Case(ANONYMOUS, "POST", "/api/needs/" + NEED_Y + "/withdraw", "", 401),
                new Case(FUND_ZH, "POST", "/api/needs/" + NEED_Y + "/withdraw", "", 403),
                new Case(COMPANY_X_USER, "POST", "/api/needs/" + NEED_Y + "/withdraw", "", 404),
                new Case(FRESH + COMPANY_Y_USER, "POST", "/api/needs/" + NEED_Y + "/withdraw", "", 200));
    }
}
