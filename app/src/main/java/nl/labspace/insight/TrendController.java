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
import nl.labspace.db.insight.SnapshotKind;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.ProblemResponses;

/** Trends of insight figures across runs and months, for fund managers (their regions) and admins. */
@Controller("/api/insight")
@Tag(name = "insight")
class TrendController {

    private final TrendService trends;
    private final Viewers viewers;

    TrendController(TrendService trends, Viewers viewers) {
        this.trends = trends;
        this.viewers = viewers;
    }

    @Get("/trends{?figure,region,facet,period,by}")
    @Secured({Roles.FUND_MANAGER, Roles.ADMIN})
    @Operation(operationId = "getInsightTrend", summary = "How one figure of a region I follow moved, run after run or month after month",
            description = "For fund managers (regions they follow, and the regions inside them; another region answers 404) "
                    + "and admins. The insight cube is kept after every matching run that wrote proposals and once a month; "
                    + "this is one cell (figure, region, facet, period) in every snapshot kept (the latest " + SnapshotKind.RUNS_KEPT
                    + " runs' or " + SnapshotKind.MONTHS_KEPT + " months'), oldest first. Each value is withheld (null, with the "
                    + "reason) when suppression withheld it in its own snapshot's cube.",
            security = @SecurityRequirement(name = ApiDocs.BEARER))
    @ApiResponse(responseCode = "200", description = "The series", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    Trend trend(@Parameter(description = "A figure code, as GET /api/insight/figures names them (required)", example = "flow-m2")
                @Nullable @QueryValue String figure,
                @Parameter(description = "Region code: NL (default), a province, COROP region or ROM area, or an unplaced part "
                        + "such as PV28:unplaced", example = "PV28", schema = @Schema(pattern = TrendQuery.REGION_PATTERN,
                        defaultValue = "NL")) @Nullable @QueryValue String region,
                @Parameter(description = "Facet: all (default) or dimension:value", example = "stage:proposed",
                        schema = @Schema(pattern = TrendQuery.FACET_PATTERN, maxLength = TrendQuery.MAX_FACET,
                                defaultValue = "all")) @Nullable @QueryValue String facet,
                @Parameter(description = "The cell's period, YYYY-MM or YYYY-Qn (default: each snapshot's own month, the "
                        + "period of stock figures)", example = "2026-11",
                        schema = @Schema(pattern = TrendQuery.PERIOD_PATTERN)) @Nullable @QueryValue String period,
                @Parameter(description = "Snapshots after each run (default) or one per month", example = "month",
                        schema = @Schema(allowableValues = {"run", "month"}, defaultValue = "run")) @Nullable @QueryValue String by,
                Authentication auth) {
        return trends.series(viewers.of(auth), TrendQuery.of(figure, region, facet, period, by));
    }
}
