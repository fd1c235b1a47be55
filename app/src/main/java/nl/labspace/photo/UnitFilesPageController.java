package nl.labspace.photo;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
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
import nl.labspace.db.listing.UnitRow;
import nl.labspace.page.FormErrors;
import nl.labspace.page.FormValues;
import nl.labspace.web.BadInput;

/**
 * The campus console's page of a unit's photos and floor plans: an upload form and the files with delete and move
 * buttons, through UnitFileService as the API (POST and DELETE /api/units/{id}/files). A refused file shows the page
 * again (with the API's status) saying which file and why, in the page's language; nothing is stored.
 */
@Controller("/console/campus/units/{unitId}/files")
@Secured(Roles.CAMPUS_MANAGER)
@Hidden
class UnitFilesPageController {

    static final String VIEW = "console/campus-unit-files";
    private static final Set<String> DONE = Set.of("uploaded", "deleted", "moved");

    private final UnitFileService files;
    private final Viewers viewers;
    private final FormErrors formErrors;
    private final MessageSource messages;
    private final HttpLocaleResolver locales;

    UnitFilesPageController(UnitFileService files, Viewers viewers, FormErrors formErrors, MessageSource messages,
                            HttpLocaleResolver locales) {
        this.files = files;
        this.viewers = viewers;
        this.formErrors = formErrors;
        this.messages = messages;
        this.locales = locales;
    }

    @Get("{?done}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(UUID unitId, @Nullable @QueryValue String done, Authentication auth) {
        Map<String, Object> model = model(viewers.of(auth), unitId);
        model.put("photosDone", done != null && DONE.contains(done) ? done : null);
        return new ModelAndView<>(VIEW, model);
    }

    /** The form token travels in the address (CsrfFilter): the body is the file. */
    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> upload(UUID unitId, @Nullable @Part("file") CompletedFileUpload file, @Nullable @Part("kind") String kind,
                           @Nullable @Part("caption") String caption, HttpRequest<?> request, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        files.managedUnit(viewer, unitId);
        Locale locale = locales.resolveOrDefault(request);
        try {
            if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
                return refused(viewer, unitId, kind, caption, HttpStatus.BAD_REQUEST,
                        messages.getMessage("photos.console.noFile", locale).orElse("photos.console.noFile"));
            }
            files.upload(viewer, unitId, UnitFileController.upload(file, kind, caption));
            return HttpResponse.seeOther(URI.create("/console/campus/units/%s/files?done=uploaded#files".formatted(unitId)));
        } catch (FileRefused e) {
            String said = messages.getMessage(e.refusal().messageKey(), locale, e.values().toArray())
                    .orElse(e.refusal().english(e.values()));
            return refused(viewer, unitId, kind, caption, e.refusal().status(),
                    messages.getMessage("photos.console.refused", locale, e.fileName(), said).orElse(e.getMessage()));
        } catch (BadInput e) {
            return refused(viewer, unitId, kind, caption, HttpStatus.BAD_REQUEST, e.violations().stream()
                    .map(v -> formErrors.say(v, locale)).findFirst().orElse(e.getMessage()));
        }
    }

    @Post("/{fileId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(UUID unitId, UUID fileId, Authentication auth) {
        files.delete(viewers.of(auth), unitId, fileId);
        return HttpResponse.seeOther(URI.create("/console/campus/units/%s/files?done=deleted#files".formatted(unitId)));
    }

    /** One place earlier or later; the first cannot move up, nor the last down (the buttons are not shown). */
    @Post("/{fileId}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> move(UUID unitId, UUID fileId, @Body Map<String, Object> body, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        int now = files.list(viewer, unitId).stream().filter(f -> f.id().equals(fileId)).findFirst()
                .orElseThrow(() -> new nl.labspace.web.NotFound("file %s does not exist".formatted(fileId))).position();
        int to = "up".equals(FormValues.of(body).one("direction")) ? now - 1 : now + 1;
        files.edit(viewer, unitId, fileId, null, to);
        return HttpResponse.seeOther(URI.create("/console/campus/units/%s/files?done=moved#files".formatted(unitId)));
    }

    private HttpResponse<?> refused(Viewer viewer, UUID unitId, @Nullable String kind, @Nullable String caption,
                                    HttpStatus status, String problem) {
        Map<String, Object> model = model(viewer, unitId);
        model.put("problem", problem);
        model.put("kind", kind == null ? FileKind.PHOTO.code() : kind);
        model.put("caption", caption == null ? "" : caption);
        return HttpResponse.status(status).body(new ModelAndView<>(VIEW, model));
    }

    private Map<String, Object> model(Viewer viewer, UUID unitId) {
        UnitRow unit = files.managedUnit(viewer, unitId);
        List<UnitFileResponse> shown = files.list(viewer, unitId).stream().map(UnitFileResponse::of).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("unit", unit);
        model.put("files", shown);
        model.put("full", shown.size() >= UnitFileService.MAX_FILES);
        model.put("maxFiles", UnitFileService.MAX_FILES);
        model.put("maxMb", UploadChecks.MAX_MB);
        model.put("photosDone", null);
        model.put("problem", null);
        model.put("kind", FileKind.PHOTO.code());
        model.put("caption", "");
        return model;
    }
}
