package nl.labspace.insight;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;
import nl.labspace.db.market.RegionKind;

/**
 * The fund manager's page: supply against demand in the regions the account follows, per province, COROP region
 * or ROM area, as GET /api/insight/regions gives it (demand withheld unless it comes from at least 3 distinct
 * companies). The full dashboard (choropleth, charts, what-if) is the insight issue's; this is the table it will
 * stand on.
 */
@Controller("/console/fund")
@Secured(Roles.FUND_MANAGER)
@Hidden
class FundConsoleController {

    private final RegionInsightService insight;
    private final Viewers viewers;

    FundConsoleController(RegionInsightService insight, Viewers viewers) {
        this.insight = insight;
        this.viewers = viewers;
    }

    @Get("{?kind}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(@Nullable @QueryValue String kind, Authentication auth) {
        String chosen = kind == null ? RegionKind.PROVINCE.code() : kind;
        List<RegionBalance> regions = insight.followed(viewers.of(auth), chosen);
        Map<String, Object> model = new HashMap<>();
        model.put("kind", chosen);
        model.put("kinds", RegionKind.CODES);
        model.put("regions", regions);
        model.put("supplyLabM2", regions.stream().mapToLong(RegionBalance::availableLabM2).sum());
        model.put("pipelineLabM2", regions.stream().mapToLong(RegionBalance::plannedLabM2).sum());
        model.put("withheld", regions.stream().filter(RegionBalance::demandWithheld).count());
        return new ModelAndView<>("insight/fund", model);
    }
}
