package nl.labspace.access;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.UNIT_A;

import java.util.List;
import java.util.Set;

/**
 * The public pages (search, unit, campus), the language switch and the map outlines: everyone, signed in or not;
 * a page of something that does not exist answers 404 and a bad search 400, as the API does.
 */
class PageAccessCases implements FeatureAccess {

    private static final String ANONYMOUS = Case.ANONYMOUS;

    @Override
    public Set<String> routes() {
        return Set.of("GET /search", "GET /units/{id}", "GET /campuses/{id}", "GET /language/{code}{?back}",
                "GET /map/regions/{kind}", "GET /console");
    }

    @Override
    public List<Case> cases() {
        String search = "/search?near=52.1664,4.4817&withinKm=50&containment=ML-II";
        return List.of(
                new Case(ANONYMOUS, "GET", search, null, 200),
                new Case(COMPANY_X_USER, "GET", search, null, 200),
                new Case(FUND_ZH, "GET", "/search", null, 200),
                new Case(ANONYMOUS, "GET", "/search?near=52.17,4.47&withinKm=900", null, 400),
                new Case(ANONYMOUS, "GET", "/units/" + UNIT_A, null, 200),
                new Case(MANAGER_A, "GET", "/units/" + UNIT_A, null, 200),
                new Case(ANONYMOUS, "GET", "/units/00000000-0000-0000-0000-000000000000", null, 404),
                new Case(ANONYMOUS, "GET", "/campuses/" + CAMPUS_A, null, 200),
                new Case(ADMIN, "GET", "/campuses/" + CAMPUS_A, null, 200),
                new Case(ANONYMOUS, "GET", "/campuses/no-such-campus", null, 404),
                new Case(ANONYMOUS, "GET", "/language/en?back=/search", null, 303),
                new Case(MANAGER_A, "GET", "/language/nl", null, 303),
                new Case(ANONYMOUS, "GET", "/language/fr", null, 400),
                new Case(ANONYMOUS, "GET", "/map/regions/province", null, 200),
                new Case(ANONYMOUS, "GET", "/map/regions/corop", null, 200),
                new Case(ANONYMOUS, "GET", "/map/regions/rom", null, 404),
                new Case(ANONYMOUS, "GET", "/console", null, 401),
                new Case(COMPANY_X_USER, "GET", "/console", null, 303),
                new Case(MANAGER_A, "GET", "/console", null, 303),
                new Case(FUND_ZH, "GET", "/console", null, 303),
                new Case(ADMIN, "GET", "/console", null, 303));
    }
}
