package nl.labspace.listing.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.account.Viewers;
import nl.labspace.db.campus.CampusRow;
import nl.labspace.listing.ManagedUnits;
import nl.labspace.page.FormErrors;

/**
 * The campus console's CSV page: an upload form per campus that imports through UnitCsvService exactly as
 * POST /api/campuses/{id}/units.csv does (all or nothing, and once per form: ImportOnce), and download links to the API's export. A rejected file
 * re-renders the page (400) with each problem's line, column, value and reason, as the API's CsvProblem lists them
 * (the reason in the page's language).
 */
@Controller("/console/campus/import")
@Secured(Roles.CAMPUS_MANAGER)
@Hidden
class UnitCsvPageController {

    static final String VIEW = "console/campus-import";

    /** One problem of a rejected file, as the page's table shows it. */
    public record Row(int line, @Nullable String column, @Nullable String value, String reason) {
    }

    /** What a successful import wrote, shown after the redirect. */
    public record Imported(String campusName, int created, int updated) {
    }

    private final ImportOnce csv;
    private final ManagedUnits units;
    private final FormErrors formErrors;
    private final Viewers viewers;
    private final HttpLocaleResolver locales;

    UnitCsvPageController(ImportOnce csv, ManagedUnits units, FormErrors formErrors, Viewers viewers,
                          HttpLocaleResolver locales) {
        this.csv = csv;
        this.units = units;
        this.formErrors = formErrors;
        this.viewers = viewers;
        this.locales = locales;
    }

    @Get("{?campus,done,created,updated}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(@Nullable @QueryValue String campus, @Nullable @QueryValue String done,
                                           @Nullable @QueryValue Integer created, @Nullable @QueryValue Integer updated,
                                           Authentication auth) {
        Viewer viewer = viewers.of(auth);
        Map<String, Object> model = model(viewer, campus);
        if ("already".equals(done)) {
            model.put("done", done);
        } else if ("imported".equals(done) && campus != null && created != null && updated != null) {
            model.put("done", done);
            model.put("imported", new Imported(units.campus(viewer, campus).name(), created, updated));
        }
        return new ModelAndView<>(VIEW, model);
    }

    /** Nullable parts, so that a form without a file gets the import's own answer after the access checks. */
    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> importFile(@Nullable @Part("campusId") String campusId, @Nullable @Part("file") CompletedFileUpload file,
                               @Nullable @Part("once") String once, HttpRequest<?> request, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        String campus = campusId == null ? "" : campusId;
        units.campus(viewer, campus);
        try {
            ImportResult result = csv.importCsv(viewer, campus, bytes(file), once).orElse(null);
            if (result == null) {
                return HttpResponse.seeOther(URI.create("/console/campus/import?done=already"));
            }
            return HttpResponse.seeOther(URI.create("/console/campus/import?campus=%s&done=imported&created=%d&updated=%d"
                    .formatted(URLEncoder.encode(campus, StandardCharsets.UTF_8), result.created(), result.updated())));
        } catch (CsvRejected e) {
            Map<String, Object> model = model(viewer, campus);
            Locale locale = locales.resolveOrDefault(request);
            List<Row> rows = e.problems().stream().limit(CsvRejectedHandler.MAX_LISTED)
                    .map(p -> new Row(p.line(), p.column(), p.value(), formErrors.say(p.code(), p.values(), locale))).toList();
            model.put("problems", rows);
            model.put("problemCount", e.problems().size());
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>(VIEW, model));
        }
    }

    private Map<String, Object> model(Viewer viewer, @Nullable String campus) {
        List<CampusRow> campuses = units.campuses(viewer);
        Map<String, Object> model = new HashMap<>();
        model.put("campuses", campuses);
        model.put("selected", campus != null ? campus : campuses.isEmpty() ? "" : campuses.get(0).id());
        model.put("done", null);
        model.put("imported", null);
        model.put("problems", List.of());
        model.put("problemCount", 0);
        return model;
    }

    private static byte[] bytes(@Nullable CompletedFileUpload file) {
        try {
            return file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the uploaded file failed", e);
        }
    }
}
