package nl.labspace.listing;

import java.net.URI;
import java.util.ArrayList;
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
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.account.Viewers;
import nl.labspace.db.listing.UnitRow;
import nl.labspace.db.market.UnitStatus;
import nl.labspace.page.FormOnce;
import nl.labspace.page.FormValues;
import nl.labspace.web.Conflict;
import nl.labspace.web.Reason;
import nl.labspace.web.Violation;

/**
 * The campus console's unit form: publish (POST /api/campuses/{id}/units) and edit with the version read
 * (PUT /api/units/{id}) through ListingService and UnitForm, so the rules are the API's. Bad input re-renders the
 * form (400) with each error at its field and nothing written; an edit that lost the race (409) keeps the manager's
 * values and shows the unit as it is now, so no edit is lost.
 */
@Controller("/console/campus/units")
@Secured(Roles.CAMPUS_MANAGER)
@Hidden
class UnitConsoleController {

    static final String VIEW = "console/campus-unit";

    private final ListingService listings;
    private final UnitFormPage formPage;
    private final FormOnce once;
    private final Viewers viewers;
    private final HttpLocaleResolver locales;

    UnitConsoleController(ListingService listings, UnitFormPage formPage, FormOnce once, Viewers viewers,
                          HttpLocaleResolver locales) {
        this.listings = listings;
        this.formPage = formPage;
        this.once = once;
        this.viewers = viewers;
        this.locales = locales;
    }

    @Get("/new{?campus}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> newUnit(@Nullable @QueryValue String campus, Authentication auth) {
        return new ModelAndView<>(VIEW, formPage.model(viewers.of(auth), null, UnitFields.blank(campus), Map.of()));
    }

    /** Checked first, then claimed: a form sent twice publishes once, a bad form can be fixed and sent again. */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    HttpResponse<?> publish(@Body Map<String, Object> body, HttpRequest<?> request, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        FormValues form = FormValues.of(body);
        String campusId = form.one("campusId") == null ? "" : form.one("campusId");
        formPage.requireCampus(viewer, campusId);
        List<Violation> wrong = new ArrayList<>();
        UnitForm.Checked checked = check(UnitFields.request(form, wrong), wrong);
        if (!wrong.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, formPage.model(viewer, null, form, formPage.errors(wrong, locales.resolveOrDefault(request))));
        }
        if (!once.claim(form.one(FormOnce.FIELD))) {
            return HttpResponse.seeOther(URI.create("/console/campus?done=already#units"));
        }
        listings.publish(viewer, campusId, checked.values());
        return HttpResponse.seeOther(URI.create("/console/campus?done=published#units"));
    }

    @Get("/{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> edit(UUID id, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        UnitRow unit = listings.managedUnit(viewer, id);
        return new ModelAndView<>(VIEW, formPage.model(viewer, unit, UnitFields.of(unit), Map.of()));
    }

    /** Not one transaction: a lost race rolls the edit back in ListingService, then the unit is read as it is now. */
    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> update(UUID id, @Body Map<String, Object> body, HttpRequest<?> request, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        UnitRow unit = listings.managedUnit(viewer, id);
        FormValues form = FormValues.of(body);
        boolean staysWithdrawn = UnitFormPage.WITHDRAWN.equals(unit.status()) && UnitFormPage.WITHDRAWN.equals(form.text("status"));
        List<Violation> wrong = new ArrayList<>();
        // checked as the unit would be on offer; saved withdrawn
        UnitRequest edit = UnitFields.request(staysWithdrawn ? FormValues.of(with(body, "status", UnitStatus.AVAILABLE.code())) : form, wrong);
        UnitForm.Checked checked = check(edit, wrong);
        if (edit.version() == null && wrong.stream().noneMatch(v -> v.field().equals("version"))) {
            wrong.add(Violation.of("version", null, Reason.VERSION_REQUIRED));
        }
        if (!wrong.isEmpty()) {
            return page(HttpStatus.BAD_REQUEST, formPage.model(viewer, unit, form, formPage.errors(wrong, locales.resolveOrDefault(request))));
        }
        try {
            listings.update(viewer, id, edit.version(),
                    staysWithdrawn ? checked.values().withStatus(UnitFormPage.WITHDRAWN) : checked.values());
            return HttpResponse.seeOther(URI.create("/console/campus?done=" + (staysWithdrawn ? "unit-kept-withdrawn" : "unit-edited") + "#units"));
        } catch (Conflict e) {
            UnitRow now = listings.managedUnit(viewer, id);
            Map<String, Object> kept = new HashMap<>(body);
            kept.put("version", String.valueOf(now.version())); // sent again, the edit replaces what is there now
            Map<String, Object> model = formPage.model(viewer, now, FormValues.of(kept), Map.of());
            model.put("changed", now);
            return page(HttpStatus.CONFLICT, model);
        }
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, String value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private static UnitForm.Checked check(UnitRequest request, List<Violation> wrong) {
        UnitForm.Checked checked = UnitForm.check(request);
        wrong.addAll(checked.violations());
        return checked;
    }

    private static HttpResponse<?> page(HttpStatus status, Map<String, Object> model) {
        return HttpResponse.status(status).body(new ModelAndView<>(VIEW, model));
    }
}
