package nl.labspace.access;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.access.Case.ANONYMOUS;

import java.util.List;
import java.util.Set;

/**
 * Flows of demand between regions: fund managers (the answer holds only their regions, see insight/FlowsTest) and
 * admins; nobody else.
 */
class InsightFlowAccessCases implements FeatureAccess {

    @Override
    public Set<String> routes() {
        return Set.of("GET /api/insight/flows{?level,stage}");
    }

    @Override
    public List<Case> cases() {
        return List.of(
                new Case(ANONYMOUS, "GET", "/api/insight/flows", null, 401),
                new Case(COMPANY_X_USER, "GET", "/api/insight/flows", null, 403),
                new Case(MANAGER_A, "GET", "/api/insight/flows?level=corop", null, 403),
                new Case(FUND_ZH, "GET", "/api/insight/flows", null, 200),
                new Case(FUND_ZH, "GET", "/api/insight/flows?level=rom&stage=leased", null, 200),
                new Case(ADMIN, "GET", "/api/insight/flows?level=country", null, 200));
    }
}
