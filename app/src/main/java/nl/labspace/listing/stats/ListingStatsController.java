package nl.labspace.listing.stats;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.ProblemResponses;

/**
 * Listing statistics of a campus's units per month, as JSON and as CSV (README, "Listing statistics"). Only the
 * campus's managers and admins; another campus answers 404 as if it did not exist.
 */
@Controller("/api/campuses/{campusId}")
@Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
@Tag(name = "units")
@SecurityRequirement(name = ApiDocs.BEARER)
@ProblemResponses.BadRequest
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
@ProblemResponses.NotFound
class ListingStatsController {

    static final String TEXT_CSV = "text/csv";
    private static final String DESCRIPTION = " Per unit of the campus (withdrawn ones included, by name) and month "
            + "(Dutch calendar, zeros included): page views (distinct visitors of the unit's page per day, summed; "
            + "no personal data is kept), appearances in space search results (API and search page), saved-search "
            + "alerts sent, enquiries, and proposals that named the unit. Crawlers, campus managers and admins are "
            + "not counted as visitors. Without from/to: the 12 months up to this one; at most "
            + MonthSpan.MAX_MONTHS + " months.";
    private static final String CSV_EXAMPLE = StatsCsv.HEADER + "\r\n"
            + "leiden-bio-science-park,7f3c0d2e-5b1a-4c8e-9a61-2f0e4b7d9c10,\"Suite \"\"North\"\", 2.01\",available,"
            + "2026-11,41,388,6,2,1\r\n";

    private final ListingStatsService stats;
    private final Viewers viewers;

    ListingStatsController(ListingStatsService stats, Viewers viewers) {
        this.stats = stats;
        this.viewers = viewers;
    }

    @Get("/statistics{?from,to}")
    @Operation(operationId = "getListingStatistics", summary = "Listing statistics of a campus's units per month",
            description = "For the campus's managers and admins." + DESCRIPTION)
    @ApiResponse(responseCode = "200", description = "Every unit of the campus with its figures per month",
            useReturnTypeSchema = true)
    CampusStatistics statistics(@Parameter(description = ApiDocs.CAMPUS_ID + " (one the caller manages)",
                                        example = ApiDocs.CAMPUS_ID_EXAMPLE,
                                        schema = @Schema(pattern = ApiDocs.CAMPUS_ID_PATTERN)) String campusId,
                                @Parameter(description = "First month, YYYY-MM (default: 11 months before to)",
                                        example = "2026-01", schema = @Schema(pattern = "^\\d{4}-\\d{2}$"))
                                @Nullable @QueryValue String from,
                                @Parameter(description = "Last month, YYYY-MM (default: this month)", example = "2026-12",
                                        schema = @Schema(pattern = "^\\d{4}-\\d{2}$")) @Nullable @QueryValue String to,
                                Authentication auth) {
        return stats.of(viewers.of(auth), campusId, from, to);
    }

    @Get("/statistics.csv{?from,to}")
    @Produces(TEXT_CSV)
    @Operation(operationId = "exportListingStatisticsCsv", summary = "Listing statistics of a campus's units as CSV",
            description = "For the campus's managers and admins. UTF-8 CSV (RFC 4180, CRLF line ends), the header row "
                    + "of the example, one row per unit and month." + DESCRIPTION)
    @ApiResponse(responseCode = "200", description = "One row per unit and month",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION,
                    description = "attachment; filename=\"{campusId}-statistics-{from}-{to}.csv\"",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "statistics", value = CSV_EXAMPLE)))
    HttpResponse<String> csv(@Parameter(description = ApiDocs.CAMPUS_ID + " (one the caller manages)",
                                     example = ApiDocs.CAMPUS_ID_EXAMPLE,
                                     schema = @Schema(pattern = ApiDocs.CAMPUS_ID_PATTERN)) String campusId,
                             @Parameter(description = "First month, YYYY-MM (default: 11 months before to)",
                                     example = "2026-01", schema = @Schema(pattern = "^\\d{4}-\\d{2}$"))
                             @Nullable @QueryValue String from,
                             @Parameter(description = "Last month, YYYY-MM (default: this month)", example = "2026-12",
                                     schema = @Schema(pattern = "^\\d{4}-\\d{2}$")) @Nullable @QueryValue String to,
                             Authentication auth) {
        CampusStatistics figures = stats.of(viewers.of(auth), campusId, from, to);
        return HttpResponse.ok(StatsCsv.write(figures)).contentType(TEXT_CSV + ";charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"%s\"".formatted(StatsCsv.fileName(figures)));
    }
}
