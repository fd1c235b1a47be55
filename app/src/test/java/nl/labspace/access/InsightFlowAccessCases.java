package nl.labspace.access;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.access.Case.ANONYMOUS;

import java.util.List;
import java.util.Set;

/**
 * Flows of demand between regions and trends of insight figures: fund managers (only their regions, see
 * insight/FlowsTest and insight/TrendsTest; a trend of another region answers 404) and admins; nobody else.
 */
class InsightFlowAccessCases implements FeatureAccess {

    @Override
    public Set<String> routes() {
        return Set.of("GET /api/insight/flows{?level,stage}", "GET /api/insight/trends{?figure,region,facet,period,by}");
    }

    @Override
    public List<Case> cases() {
        return List.of(
                new Case(ANONYMOUS, "GET", "/api/insight/flows", null, 401),
                new Case(COMPANY_X_USER, "GET", "/api/insight/flows", null, 403),
                new Case(MANAGER_A, "GET", "/api/insight/flows?level=corop", null, 403),
                new Case(FUND_ZH, "GET", "/api/insight/flows", null, 200),
                new Case(FUND_ZH, "GET", "/api/insight/flows?level=rom&stage=leased", null, 200),
                new Case(ADMIN, "GET", "/api/insight/flows?level=country", null, 200),
                new Case(ANONYMOUS, "GET", "/api/insight/trends?figure=unmet-m2", null, 401),
                new Case(COMPANY_X_USER, "GET", "/api/insight/trends?figure=unmet-m2&region=PV28", null, 403),
                new Case(MANAGER_A, "GET", "/api/insight/trends?figure=unmet-m2&region=PV28", null, 403),
                new Case(FUND_ZH, "GET", "/api/insight/trends?figure=unmet-m2&region=PV28", null, 200),
                new Case(FUND_ZH, "GET", "/api/insight/trends?figure=flow-m2&region=CR29&facet=stage:leased&by=month", null, 200),
                new Case(FUND_ZH, "GET", "/api/insight/trends?figure=unmet-m2&region=PV26", null, 404),
                new Case(FUND_ZH, "GET", "/api/insight/trends?figure=unmet-m2", null, 404),
                new Case(ADMIN, "GET", "/api/insight/trends?figure=unmet-m2", null, 200),
                new Case(ADMIN, "GET", "/api/insight/trends?figure=lost-m2&region=PV26&period=2026-Q4", null, 200));
    }
}
