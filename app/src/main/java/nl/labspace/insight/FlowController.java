package nl.labspace.insight;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.ProblemResponses;

/** Flows of demand between regions, for fund managers (their regions) and admins. */
@Controller("/api/insight")
@Tag(name = "insight")
class FlowController {

    private final FlowService flows;
    private final Viewers viewers;

    FlowController(FlowService flows, Viewers viewers) {
        this.flows = flows;
        this.viewers = viewers;
    }

    @Get("/flows{?level,stage}")
    @Secured({Roles.FUND_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listRegionFlows", summary = "Where the demand of the regions I follow goes",
            description = "For fund managers (origins they follow, and flows that start or end in a region they follow; "
                    + "following a province or ROM area includes the regions inside it) and admins (all). Demand homed in "
                    + "one region (the needs' home) that is proposed (open proposals of the latest finished runs), "
                    + "accepted, or leased (leases running this month or later) on a campus in another, in m² (lab and "
                    + "office asked), per region level; per origin its total and the share served inside it (thousandths). "
                    + "Figures come from the insight cube and are withheld (null, with the reason) unless they come from "
                    + "at least 3 distinct companies and cannot be recovered from other figures.",
            security = @SecurityRequirement(name = ApiDocs.BEARER))
    @ApiResponse(responseCode = "200", description = "The origins and flows at that level", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    RegionFlows flows(@Parameter(description = "The region level of origins and destinations (country: the national "
                                      + "total only)", example = "corop",
                              schema = @Schema(allowableValues = {"province", "corop", "rom", "country"},
                                      defaultValue = "province")) @Nullable @QueryValue String level,
                      @Parameter(description = "Only this stage (default: all three)", example = "accepted",
                              schema = @Schema(allowableValues = {"proposed", "accepted", "leased"}))
                      @Nullable @QueryValue String stage,
                      Authentication auth) {
        return flows.flows(viewers.of(auth), level, stage);
    }
}
