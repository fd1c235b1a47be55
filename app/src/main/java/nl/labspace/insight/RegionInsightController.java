package nl.labspace.insight;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.ProblemResponses;

/** Supply against demand per region: per province for everyone, in detail for fund managers. */
@Controller("/api/insight")
@Tag(name = "insight")
class RegionInsightController {

    private final RegionInsightService insight;
    private final LostDemandService lost;
    private final Viewers viewers;

    RegionInsightController(RegionInsightService insight, LostDemandService lost, Viewers viewers) {
        this.insight = insight;
        this.lost = lost;
        this.viewers = viewers;
    }

    @Get("/national")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "listProvinceBalances", summary = "Supply and demand per province",
            description = "Public. For each of the 12 provinces: fresh available and planned units and their area, and "
                    + "open demand; demand figures are withheld (null, demandWithheld true) unless they come from at least 3 "
                    + "distinct companies.")
    @ApiResponse(responseCode = "200", description = "One balance per province", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    List<RegionBalance> national() {
        return insight.national();
    }

    @Get("/regions{?kind}")
    @Secured({Roles.FUND_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listRegionBalances", summary = "Supply and demand per region I follow",
            description = "For fund managers (the regions they follow, and the COROP regions and provinces inside them) "
                    + "and admins (every region), at the level asked for.",
            security = @SecurityRequirement(name = ApiDocs.BEARER))
    @ApiResponse(responseCode = "200", description = "One balance per followed region of that kind", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    List<RegionBalance> followed(@Parameter(description = "The level of region: province, COROP region or ROM area",
                                         example = "corop", schema = @Schema(allowableValues = {"province", "corop", "rom"},
                                                 defaultValue = "province"))
                                 @Nullable @QueryValue String kind, Authentication auth) {
        return insight.followed(viewers.of(auth), kind == null ? "province" : kind);
    }

    @Get("/lost{?kind,from,to}")
    @Secured({Roles.FUND_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listLostDemand", summary = "Lost demand per region and month in the regions I follow",
            description = "For fund managers (the regions they follow, and the COROP regions and provinces inside them) "
                    + "and admins: m² of needs withdrawn in each month, per home region, except needs that found space "
                    + "through Labspace (a need withdrawn without a reason counts as lost, reason unknown), with the part "
                    + "that went abroad. A cell is withheld (figures null) unless it comes from at least 3 distinct "
                    + "companies. Only regions and months with lost demand are listed. Without a period: the last 12 "
                    + "months; at most " + LostDemandService.MAX_MONTHS + " months.",
            security = @SecurityRequirement(name = ApiDocs.BEARER))
    @ApiResponse(responseCode = "200", description = "One row per region and month with lost demand", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    List<LostDemand> lost(@Parameter(description = "The level of region: province, COROP region or ROM area",
                                  example = "corop", schema = @Schema(allowableValues = {"province", "corop", "rom"},
                                          defaultValue = "province"))
                          @Nullable @QueryValue String kind,
                          @Parameter(description = "First month, YYYY-MM (default: 11 months before to)", example = "2026-01",
                                  schema = @Schema(pattern = "^\\d{4}-\\d{2}$")) @Nullable @QueryValue String from,
                          @Parameter(description = "Last month, YYYY-MM (default: this month)", example = "2026-12",
                                  schema = @Schema(pattern = "^\\d{4}-\\d{2}$")) @Nullable @QueryValue String to,
                          Authentication auth) {
        return lost.followed(viewers.of(auth), kind, from, to);
    }

    @Get("/regions/{code}")
    @Secured({Roles.FUND_MANAGER, Roles.ADMIN})
    @Operation(operationId = "getRegionBalance", summary = "Supply and demand in one region I follow",
            description = "For fund managers and admins. A region the fund manager does not follow answers 404, like one "
                    + "that does not exist.",
            security = @SecurityRequirement(name = ApiDocs.BEARER))
    @ApiResponse(responseCode = "200", description = "The region's balance", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    RegionBalance one(@Parameter(description = "A province (PV20..PV31), COROP region (CR01..CR40) or ROM area code",
                              example = "CR23", schema = @Schema(pattern = ApiDocs.REGION_CODE_PATTERN)) String code,
                      Authentication auth) {
        return insight.one(viewers.of(auth), code);
    }
}
