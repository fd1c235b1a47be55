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

    @Override
    public Set<String> routes() {
        return Set.of("GET /market", "GET /api/insight/figures.geojson{?level,figure,facet,period}");
    }

    @Override
    public List<Case> cases() {
        String geojson = "/api/insight/figures.geojson?level=corop&figure=unmet-m2";
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
                new Case(FUND_ZH, "GET", "/console/fund?region=XX99", null, 404));
    }
}
