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
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;

/**
 * A campus's units as the spreadsheet its managers keep (format in README, "Units as CSV"). Only the campus's
 * managers and admins; another campus answers 404 as if it did not exist. The body limit is the server's
 * micronaut.server.max-request-size.
 */
@Controller("/api/campuses/{campusId}/units.csv")
@Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
class UnitCsvController {

    static final String TEXT_CSV = "text/csv";

    private final UnitCsvService csv;
    private final Viewers viewers;

    UnitCsvController(UnitCsvService csv, Viewers viewers) {
        this.csv = csv;
        this.viewers = viewers;
    }

    @Get
    @Produces(TEXT_CSV)
    HttpResponse<String> export(String campusId, Authentication auth) {
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
    ImportResult importUnits(String campusId, @Nullable @Body byte[] file, Authentication auth) {
        return csv.importCsv(viewers.of(auth), campusId, file == null ? new byte[0] : file);
    }
}
