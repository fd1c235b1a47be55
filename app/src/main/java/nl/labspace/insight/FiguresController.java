package nl.labspace.insight;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.labspace.account.Viewer;
import nl.labspace.account.Viewers;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.ProblemResponses;

/**
 * The insight cube's figures as tidy rows, as JSON or as a CSV download of the same rows. Anyone reads the country
 * and its provinces; fund managers also the regions they follow and those inside; admins every region.
 */
@Controller("/api/insight")
@Tag(name = "insight")
@Secured(SecurityRule.IS_ANONYMOUS)
class FiguresController {

    static final String TEXT_CSV = "text/csv";
    private static final String ACCESS = "Anyone (no sign-in) reads the country (NL) and its provinces; fund managers "
            + "also the regions they follow and every region inside them; admins every region. A cell is withheld (value "
            + "null, withheld naming why) unless it comes from at least 3 distinct companies, or when showing it would let "
            + "a reader recover a withheld cell by subtraction. Supply figures are public and never withheld.";
    private static final String CSV_EXAMPLE = FiguresCsv.HEADER + "\r\n"
            + "province,PV28,Zuid-Holland,2026-12,demand-lab-m2,all,1250,,m2\r\n"
            + "province,PV26,Utrecht,2026-12,demand-lab-m2,all,,few-companies,m2\r\n";

    private final InsightFigures figures;
    private final Viewers viewers;

    FiguresController(InsightFigures figures, Viewers viewers) {
        this.figures = figures;
        this.viewers = viewers;
    }

    @Get("/figures{?level,figure,region,period}")
    @Operation(operationId = "listFigures", summary = "Insight figures per region, period and facet",
            description = "Every figure of the insight cube as tidy rows (one per figure, region, period and facet), "
                    + "filtered by level, figure, region and period. " + ACCESS,
            security = {@SecurityRequirement(name = ApiDocs.BEARER), @SecurityRequirement(name = "")})
    @ApiResponse(responseCode = "200", description = "The rows the caller may read, ordered by figure, level, region, period and facet",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = FigureRow.class))))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    List<FigureRow> list(@Parameter(description = LEVEL, example = "province") @Schema(allowableValues = {"country", "rom", "province", "corop", "unplaced"})
                         @Nullable @QueryValue String level,
                         @Parameter(description = FIGURE, example = "unmet-m2") @Nullable @QueryValue String figure,
                         @Parameter(description = REGION, example = "PV28") @Nullable @QueryValue String region,
                         @Parameter(description = PERIOD, example = "2026-12", schema = @Schema(pattern = PERIOD_PATTERN))
                         @Nullable @QueryValue String period,
                         @Nullable Authentication auth) {
        return figures.rows(viewer(auth), FigureFilter.of(level, figure, region, period));
    }

    @Get("/figures.csv{?level,figure,region,period}")
    @Produces(TEXT_CSV)
    @Operation(operationId = "downloadFiguresCsv", summary = "Insight figures as CSV",
            description = "The rows of listFigures for the same filters, as UTF-8 CSV (RFC 4180, CRLF line ends, a header "
                    + "row); a withheld value is an empty cell with the reason in the withheld column. " + ACCESS,
            security = {@SecurityRequirement(name = ApiDocs.BEARER), @SecurityRequirement(name = "")})
    @ApiResponse(responseCode = "200", description = "The rows, one line each",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "attachment; filename=\"labspace-figures-{YYYY-MM}.csv\" (the cube's month)",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "figures", value = CSV_EXAMPLE)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    HttpResponse<String> csv(@Parameter(description = LEVEL, example = "province") @Schema(allowableValues = {"country", "rom", "province", "corop", "unplaced"})
                             @Nullable @QueryValue String level,
                             @Parameter(description = FIGURE, example = "unmet-m2") @Nullable @QueryValue String figure,
                             @Parameter(description = REGION, example = "PV28") @Nullable @QueryValue String region,
                             @Parameter(description = PERIOD, example = "2026-12", schema = @Schema(pattern = PERIOD_PATTERN))
                             @Nullable @QueryValue String period,
                             @Nullable Authentication auth) {
        List<FigureRow> rows = figures.rows(viewer(auth), FigureFilter.of(level, figure, region, period));
        return HttpResponse.ok(FiguresCsv.write(rows)).contentType(TEXT_CSV + ";charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"labspace-figures-%s.csv\"".formatted(figures.cube().month()));
    }

    private @Nullable Viewer viewer(@Nullable Authentication auth) {
        return auth == null ? null : viewers.of(auth);
    }

    private static final String LEVEL = "Only regions of this level";
    private static final String FIGURE = "Only this figure, by its code: supply-lab-m2, supply-office-m2, supply-units, "
            + "pipeline-lab-m2, pipeline-office-m2, pipeline-units, lab-office-ratio, demand-needs, demand-lab-m2, "
            + "demand-office-m2, matched-m2, accepted-m2, leased-m2, unmet-m2, lost-m2, lost-lab-m2, lost-needs, prelet-m2, "
            + "demand-vs-pipeline-18m, prelet-share, flow-m2 (the README's insight section says what each means)";
    private static final String REGION = "Only this region (NL, a ROM area, a province, a COROP region, or an unplaced part such as PV28:unplaced)";
    private static final String PERIOD = "Only this period: a month YYYY-MM or a quarter YYYY-Qn";
    private static final String PERIOD_PATTERN = "^\\d{4}-(0[1-9]|1[0-2]|Q[1-4])$";
}
