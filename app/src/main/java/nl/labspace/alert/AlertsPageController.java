package nl.labspace.alert;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.account.Viewers;
import nl.labspace.db.alert.SavedSearchRow;
import nl.labspace.db.alert.SavedSearchStatus;
import nl.labspace.page.FormErrors;
import nl.labspace.page.FormValues;
import nl.labspace.web.BadInput;
import nl.labspace.web.Violation;

/**
 * My alerts in the console (companies: space searches, campus managers: demand searches): save one (the search
 * page's "Save this search" fills the form), edit, pause, resume, delete, and the full list behind an alert
 * mail. The same service and rules as /api/alerts; forms post with the form token and come back with a message.
 */
@Controller("/console/alerts")
@Secured({Roles.COMPANY, Roles.CAMPUS_MANAGER})
@Hidden
class AlertsPageController {

    /** A saved search as the list shows it. */
    public record Row(UUID id, String name, String search, String frequency, String status, String searchLink,
                      @Nullable OffsetDateTime lastAlertAt) {
        public boolean active() {
            return SavedSearchStatus.ACTIVE.equals(status);
        }
    }

    private final SavedSearchService service;
    private final Viewers viewers;
    private final FormErrors formErrors;
    private final HttpLocaleResolver locales;

    AlertsPageController(SavedSearchService service, Viewers viewers, FormErrors formErrors, HttpLocaleResolver locales) {
        this.service = service;
        this.viewers = viewers;
        this.formErrors = formErrors;
        this.locales = locales;
    }

    @Get("{?search,done}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(@Nullable @QueryValue String search, @Nullable @QueryValue String done,
                                           HttpRequest<?> request, Authentication auth) {
        FormValues form = FormValues.filled(Map.of("search", List.of(search == null ? "" : search),
                "frequency", List.of(SavedSearchStatus.DAILY)));
        Map<String, Object> model = list(viewers.of(auth), form, Map.of());
        model.put("alertDone", done == null || !done.matches("[a-z]{1,12}") ? null : done);
        return new ModelAndView<>("alerts/alerts", model);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> save(@Body Map<String, Object> body, HttpRequest<?> request, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        FormValues form = FormValues.of(body);
        try {
            service.save(viewer, requestOf(form, null));
            return done("saved");
        } catch (BadInput e) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(new ModelAndView<>("alerts/alerts", list(viewer, form, errors(e, request))));
        }
    }

    @Get("/{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> edit(UUID id, Authentication auth) {
        SavedSearchRow s = service.own(viewers.of(auth), id);
        FormValues form = FormValues.filled(Map.of("name", List.of(s.name()), "search", List.of(s.query()),
                "frequency", List.of(s.frequency())));
        return new ModelAndView<>("alerts/edit", editModel(s, form, Map.of()));
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> update(UUID id, @Body Map<String, Object> body, HttpRequest<?> request, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        SavedSearchRow s = service.own(viewer, id);
        FormValues form = FormValues.of(body);
        try {
            service.update(viewer, id, requestOf(form, null));
            return done("updated");
        } catch (BadInput e) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(new ModelAndView<>("alerts/edit", editModel(s, form, errors(e, request))));
        }
    }

    @Post("/{id}/pause")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> pause(UUID id, Authentication auth) {
        service.pause(viewers.of(auth), id, true);
        return done("paused");
    }

    @Post("/{id}/resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resume(UUID id, Authentication auth) {
        service.pause(viewers.of(auth), id, false);
        return done("resumed");
    }

    @Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(UUID id, Authentication auth) {
        service.delete(viewers.of(auth), id);
        return done("deleted");
    }

    /** The full list behind an alert mail: every unit (or need) it listed, however many. */
    @Get("/{id}/alerts/{alertId}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> sent(UUID id, UUID alertId, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        Map<String, Object> model = new HashMap<>();
        model.put("search", row(service.own(viewer, id)));
        AlertDetail alert = service.alert(viewer, id, alertId);
        model.put("alert", alert);
        model.put("sentAt", OffsetDateTime.parse(alert.sentAt()));
        return new ModelAndView<>("alerts/sent", model);
    }

    private Map<String, Object> list(Viewer viewer, FormValues form, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("searches", service.mine(viewer).stream().map(AlertsPageController::row).toList());
        model.put("kind", SavedSearchForm.kindOf(viewer));
        model.put("frequencies", SavedSearchStatus.FREQUENCIES);
        model.put("form", form);
        model.put("errors", errors);
        return model;
    }

    private static Map<String, Object> editModel(SavedSearchRow s, FormValues form, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("search", row(s));
        model.put("kind", s.kind());
        model.put("frequencies", SavedSearchStatus.FREQUENCIES);
        model.put("form", form);
        model.put("errors", errors);
        return model;
    }

    private static SavedSearchRequest requestOf(FormValues form, @Nullable String status) {
        return new SavedSearchRequest(null, form.one("name"), form.one("search"), form.one("frequency"), status);
    }

    /** A broken rule of the search itself is shown at the search field, naming its parameter. */
    private Map<String, String> errors(BadInput e, HttpRequest<?> request) {
        List<Violation> atFields = e.violations().stream().map(v -> v.field().startsWith("search.")
                ? new Violation("search", v.value(), v.field().substring("search.".length()) + " " + v.reason(), null, List.of())
                : v).toList();
        return formErrors.byField(atFields, locales.resolveOrDefault(request));
    }

    private static Row row(SavedSearchRow s) {
        return new Row(s.id(), s.name(), s.query(), s.frequency(), s.status(),
                SavedSearchResponse.searchLink(s.kind(), s.query()),
                s.lastSentAt());
    }

    private static HttpResponse<?> done(String what) {
        return HttpResponse.seeOther(URI.create("/console/alerts?done=" + what));
    }
}
