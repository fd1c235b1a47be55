package nl.labspace.listing;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.account.Viewers;
import nl.labspace.db.Vocabulary;
import nl.labspace.db.listing.UnitRow;
import nl.labspace.db.listing.UnitValues;
import nl.labspace.web.Conflict;
import nl.labspace.web.Violation;

/**
 * The campus console's unit pages: publish (POST /api/campuses/{id}/units), edit with the version read
 * (PUT /api/units/{id}), withdraw, reconfirm one unit or every stale unit at once, through ListingService and UnitForm so
 * the rules are the API's. Bad input re-renders the form (400) with each error at its field and nothing written;
 * an edit that lost the race (409) keeps the manager's values and shows the unit as it is now.
 */
@Controller("/console/campus")
@Secured(Roles.CAMPUS_MANAGER)
@Hidden
class UnitConsoleController {

    static final String VIEW = "console/campus-unit";

    private final ListingService listings;
    private final ManagedUnits units;
    private final Viewers viewers;

    UnitConsoleController(ListingService listings, ManagedUnits units, Viewers viewers) {
        this.listings = listings;
        this.units = units;
        this.viewers = viewers;
    }

    @Get("/units/new{?campus}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> newUnit(@Nullable @QueryValue String campus, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        return new ModelAndView<>(VIEW, page(viewer, null, UnitFields.blank(campus), Map.of()));
    }

    @Post("/units")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    HttpResponse<?> publish(@Body Map<String, String> form, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        String campusId = form.getOrDefault("campusId", "");
        units.campus(viewer, campusId);
        List<Violation> wrong = new ArrayList<>();
        UnitForm.Checked checked = check(UnitFields.request(form, wrong), wrong);
        if (!wrong.isEmpty()) {
            return bad(HttpStatus.BAD_REQUEST, page(viewer, null, form, errors(wrong)));
        }
        listings.publish(viewer, campusId, checked.values());
        return HttpResponse.seeOther(URI.create("/console/campus?done=published#units"));
    }

    @Get("/units/{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> edit(UUID id, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        UnitRow unit = listings.managedUnit(viewer, id);
        return new ModelAndView<>(VIEW, page(viewer, unit, UnitFields.of(unit), Map.of()));
    }

    /** Not one transaction: a lost race rolls the edit back in ListingService, then the unit is read as it is now. */
    @Post("/units/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> update(UUID id, @Body Map<String, String> form, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        UnitRow unit = listings.managedUnit(viewer, id);
        List<Violation> wrong = new ArrayList<>();
        UnitRequest request = UnitFields.request(form, wrong);
        UnitForm.Checked checked = check(request, wrong);
        Integer version = request.version();
        if (version == null && wrong.stream().noneMatch(v -> v.field().equals("version"))) {
            wrong.add(Violation.of("version", form.get("version"), "is required when editing (the version you read)"));
        }
        Map<String, String> kept = new HashMap<>(form);
        kept.put("campusId", unit.campusId());
        if (!wrong.isEmpty()) {
            return bad(HttpStatus.BAD_REQUEST, page(viewer, unit, kept, errors(wrong)));
        }
        try {
            listings.update(viewer, id, version, checked.values());
            return HttpResponse.seeOther(URI.create("/console/campus?done=unit-edited#units"));
        } catch (Conflict e) {
            UnitRow now = listings.managedUnit(viewer, id);
            kept.put("version", String.valueOf(now.version()));
            Map<String, Object> model = page(viewer, now, kept, Map.of());
            model.put("changed", now);
            return bad(HttpStatus.CONFLICT, model);
        }
    }

    @Post("/units/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(UUID id, Authentication auth) {
        listings.withdraw(viewers.of(auth), id);
        return HttpResponse.seeOther(URI.create("/console/campus?done=unit-withdrawn#units"));
    }

    @Post("/units/{id}/reconfirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reconfirm(UUID id, Authentication auth) {
        listings.reconfirm(viewers.of(auth), id);
        return HttpResponse.seeOther(URI.create("/console/campus?done=reconfirmed#units"));
    }

    @Post("/stale-units/reconfirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reconfirmStale(Authentication auth) {
        units.reconfirmStale(viewers.of(auth));
        return HttpResponse.seeOther(URI.create("/console/campus?done=reconfirmed-all#units"));
    }

    private static UnitForm.Checked check(UnitRequest request, List<Violation> wrong) {
        UnitForm.Checked checked = UnitForm.check(request);
        wrong.addAll(checked.violations());
        return checked;
    }

    private Map<String, Object> page(Viewer viewer, @Nullable UnitRow unit, Map<String, String> form, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("unit", unit);
        model.put("campuses", units.campuses(viewer));
        model.put("form", form);
        model.put("errors", errors);
        model.put("containments", Vocabulary.CONTAINMENT);
        model.put("gmps", Vocabulary.GMP);
        model.put("features", Vocabulary.FEATURES);
        model.put("statuses", UnitForm.PUBLISHABLE_STATUSES);
        model.put("changed", null);
        return model;
    }

    private static HttpResponse<?> bad(HttpStatus status, Map<String, Object> model) {
        return HttpResponse.status(status).body(new ModelAndView<>(VIEW, model));
    }

    /** Each field's first broken rule. */
    private static Map<String, String> errors(List<Violation> wrong) {
        Map<String, String> errors = new LinkedHashMap<>();
        wrong.forEach(v -> errors.putIfAbsent(v.field(), v.reason()));
        return errors;
    }
}
