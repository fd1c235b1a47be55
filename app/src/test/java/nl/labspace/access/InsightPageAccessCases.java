package nl.labspace.access;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_A;

import java.util.List;
import java.util.Set;

/**
 * The insight pages and the choropleth export: the market page is public (the country and its provinces only); the
 * GeoJSON export is for fund managers and admins; the dashboard for fund managers. Like the figures, both read the
 * public provinces and the regions followed and inside them; the dashboard's charts of any other region answer 404, as
 * a region that does not exist.
 */
class InsightPageAccessCases implements FeatureAccess {

    private static final String ANONYMOUS = Case.ANONYMOUS;
    private static final String TOKEN = "_csrf=" + AccessMatrixTest.FORM_TOKEN;
    private static final String NO_SCENARIO = "00000000-0000-0000-0000-0000000000aa";

    @Override
    public Set<String> routes() {
        return Set.of("GET /market", "GET /api/insight/figures.geojson{?level,figure,facet,period}",
                "GET /console/fund/scenarios{?done}", "POST /console/fund/scenarios", "POST /console/fund/scenarios/{id}/run");
    }

    @Override
    public List<Case> cases() {
        String geojson = "/api/insight/figures.geojson?level=corop&figure=unmet-m2";
        String scenarios = "/console/fund/scenarios";
        return List.of(
                new Case(ANONYMOUS, "GET", "/market", null, 200),
                new Case(COMPANY_X_USER, "GET", "/market", null, 200),
                new Case(ANONYMOUS, "GET", geojson, null, 401),
                new Case(COMPANY_X_USER, "GET", geojson, null, 403),
                new Case(MANAGER_A, "GET", geojson, null, 403),
                new Case(FUND_ZH, "GET", geojson, null, 200),
                new Case(FUND_ZH, "GET", "/api/insight/figures.geojson?level=parish", null, 400),
                new Case(ADMIN, "GET", "/api/insight/figures.geojson", null, 200),
                new Case(FUND_ZH, "GET", "/console/fund?region=PV28", null, 200),
                new Case(FUND_ZH, "GET", "/console/fund?level=corop&region=CR25", null, 200),
                new Case(FUND_ZH, "GET", "/console/fund?region=PV26", null, 200),
                new Case(FUND_ZH, "GET", "/console/fund?region=CR17", null, 404),
                new Case(FUND_ZH, "GET", "/console/fund?region=XX99", null, 404),
                // the what-if builder: a fund manager's own scenarios (another's, or none, answers 404)
                new Case(ANONYMOUS, "GET", scenarios, null, 401),
                new Case(COMPANY_X_USER, "GET", scenarios, null, 403),
                new Case(ADMIN, "GET", scenarios, null, 403),
                new Case(FUND_ZH, "GET", scenarios, null, 200),
                new Case(ANONYMOUS, "POST", scenarios, "name=x&" + TOKEN, 401),
                new Case(MANAGER_A, "POST", scenarios, "name=x&" + TOKEN, 403),
                new Case(FUND_ZH, "POST", scenarios, "name=x&b0.labM2=-5&" + TOKEN, 400),
                new Case(ANONYMOUS, "POST", scenarios + "/" + NO_SCENARIO + "/run", TOKEN, 401),
                new Case(FUND_ZH, "POST", scenarios + "/" + NO_SCENARIO + "/run", TOKEN, 404));
    }
}
