package nl.labspace.access;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.access.Case.ANONYMOUS;

import java.util.List;
import java.util.Set;

/**
 * The insight cube's figures (JSON and CSV): anyone reads the country and the provinces; a fund manager also the
 * regions followed and those inside (FUND_ZH follows PV28, so CR25 inside it, not PV26 nor the country's unplaced part);
 * admins every region. A region the caller may not read answers 404, as one that does not exist.
 */
class InsightFiguresAccessCases implements FeatureAccess {

    private static final String FIGURES = "/api/insight/figures";
    private static final String CSV = "/api/insight/figures.csv";

    @Override
    public Set<String> routes() {
        return Set.of("GET /api/insight/figures{?level,figure,region,period}",
                "GET /api/insight/figures.csv{?level,figure,region,period}");
    }

    @Override
    public List<Case> cases() {
        return List.of(
                new Case(ANONYMOUS, "GET", FIGURES, null, 200),
                new Case(ANONYMOUS, "GET", FIGURES + "?region=PV26", null, 200),
                new Case(ANONYMOUS, "GET", FIGURES + "?region=CR25", null, 404),
                new Case(ANONYMOUS, "GET", FIGURES + "?region=NL:unplaced", null, 404),
                new Case(COMPANY_X_USER, "GET", FIGURES + "?region=CR25", null, 404),
                new Case(COMPANY_X_USER, "GET", FIGURES + "?level=province", null, 200),
                new Case(MANAGER_A, "GET", FIGURES + "?region=PV28", null, 200),
                new Case(FUND_ZH, "GET", FIGURES + "?region=CR25", null, 200),
                new Case(FUND_ZH, "GET", FIGURES + "?region=PV28:unplaced", null, 200),
                new Case(FUND_ZH, "GET", FIGURES + "?region=PV26", null, 200),
                new Case(FUND_ZH, "GET", FIGURES + "?region=CR17", null, 404),
                new Case(FUND_ZH, "GET", FIGURES + "?region=NL:unplaced", null, 404),
                new Case(ADMIN, "GET", FIGURES + "?region=CR17&figure=unmet-m2", null, 200),
                new Case(ADMIN, "GET", FIGURES + "?region=XX99", null, 404),
                new Case(ANONYMOUS, "GET", CSV, null, 200),
                new Case(ANONYMOUS, "GET", CSV + "?region=CR25", null, 404),
                new Case(FUND_ZH, "GET", CSV + "?region=CR25", null, 200),
                new Case(FUND_ZH, "GET", CSV + "?region=CR17", null, 404),
                new Case(ADMIN, "GET", CSV + "?level=corop", null, 200));
    }
}
