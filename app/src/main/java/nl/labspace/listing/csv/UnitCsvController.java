package nl.labspace.listing.csv;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.ProblemResponses;

/**
 * A campus's units as the spreadsheet its managers keep (format in README, "Units as CSV"). Only the campus's
 * managers and admins; another campus answers 404 as if it did not exist. The body limit is the server's
 * micronaut.server.max-request-size.
 */
@Controller("/api/campuses/{campusId}/units.csv")
@Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
@Tag(name = "units")
@SecurityRequirement(name = ApiDocs.BEARER)
@ProblemResponses.BadRequest
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
@ProblemResponses.NotFound
class UnitCsvController {

    static final String TEXT_CSV = "text/csv";

    /** The header of an export, and an example of one (README, "Units as CSV"). */
    private static final String CSV_EXAMPLE = """
            id,name,lab_m2,office_m2,containment,gmp,features,available_from,available_until,rent_per_m2_year,\
            min_term_months,max_term_months,status,delivery_month,last_confirmed\r
            7f3c0d2e-5b1a-4c8e-9a61-2f0e4b7d9c10,"Suite ""North"", 2.01",240,90,ML-II,none,fume-hood;lab-gases,\
            2027-05,2029-04,335.00,12,60,available,,2026-11-01\r
            """;

    private final UnitCsvService csv;
    private final Viewers viewers;

    UnitCsvController(UnitCsvService csv, Viewers viewers) {
        this.csv = csv;
        this.viewers = viewers;
    }

    @Get
    @Produces(TEXT_CSV)
    @Operation(operationId = "exportUnitsCsv", summary = "Export a campus's units as CSV",
            description = "For the campus's managers and admins: every unit of the campus, withdrawn ones included, "
                    + "ordered by name, as UTF-8 CSV (RFC 4180, CRLF line ends) with the header row shown in the example. "
                    + "Edit it and send it back with importUnitsCsv.")
    @ApiResponse(responseCode = "200", description = "The campus's units, one row each",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "attachment; filename=\"{campusId}-units.csv\"",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "units", value = CSV_EXAMPLE)))
    HttpResponse<String> export(@Parameter(description = ApiDocs.CAMPUS_ID + " (one the caller manages)",
                                        example = ApiDocs.CAMPUS_ID_EXAMPLE,
                                        schema = @Schema(pattern = ApiDocs.CAMPUS_ID_PATTERN)) String campusId,
                                Authentication auth) {
        String file = csv.export(viewers.of(auth), campusId);
        return HttpResponse.ok(file).contentType(TEXT_CSV + ";charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"%s-units.csv\"".formatted(campusId));
    }

    /**
     * Bytes, so that the import decodes them strictly as UTF-8 and names the line of a byte that is not. Nullable
     * so that an empty upload gets the import's own 400, after the access checks.
     */
    @Post
    @Consumes(TEXT_CSV)
    @Operation(operationId = "importUnitsCsv", summary = "Import a campus's units from CSV",
            description = "All or nothing. Every row is checked first; when any row is bad nothing is written and the 400 "
                    + "lists each problem with its line and column. Otherwise every row is written in one transaction: "
                    + "a row without id creates a unit, a row with the id of a unit of this campus overwrites it and "
                    + "confirms it (the file wins). Units missing from the file are left alone. Columns as in the export; "
                    + "last_confirmed is ignored.")
    @ApiResponse(responseCode = "200", description = "Every row was written: counts, and each row's line, unit id and "
            + "action (created or updated)", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "A unit of the file was changed by someone else during the import; "
            + "nothing was imported: send the file again.", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON,
                    schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    ImportResult importUnits(@Parameter(description = ApiDocs.CAMPUS_ID + " (one the caller manages)",
                                     example = ApiDocs.CAMPUS_ID_EXAMPLE,
                                     schema = @Schema(pattern = ApiDocs.CAMPUS_ID_PATTERN)) String campusId,
                             @RequestBody(required = true, description = "The sheet as UTF-8 CSV (a byte order mark is "
                                     + "accepted), comma-separated, header first",
                                     content = @Content(mediaType = TEXT_CSV, schema = @Schema(implementation = String.class),
                                             examples = @ExampleObject(name = "units", value = CSV_EXAMPLE)))
                             @Nullable @Body byte[] file, Authentication auth) {
        return csv.importCsv(viewers.of(auth), campusId, file == null ? new byte[0] : file);
    }
}
