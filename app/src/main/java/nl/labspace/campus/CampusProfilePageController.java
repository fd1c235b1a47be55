package nl.labspace.campus;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
import nl.labspace.db.Vocabulary;
import nl.labspace.db.campus.CampusAddress;
import nl.labspace.db.campus.CampusRow;
import nl.labspace.page.FormErrors;
import nl.labspace.page.FormValues;
import nl.labspace.web.BadInput;
import nl.labspace.web.BeanChecks;
import nl.labspace.web.Refusal;
import nl.labspace.web.TextRules;
import nl.labspace.web.Violation;

/**
 * The campus console's profile page: the part of PUT /api/campuses/{id}/profile a manager edits (focus, shared
 * facilities, website, contact email, address), checked by the same rules (clean text, then the request's constraints) and
 * saved by CampusService. Bad input re-renders the form (400) with each error at its field and nothing written.
 */
@Controller("/console/campus/campuses/{id}/profile")
@Secured(Roles.CAMPUS_MANAGER)
@Hidden
class CampusProfilePageController {

    static final String VIEW = "console/campus-profile";

    private final CampusService campuses;
    private final BeanChecks beans;
    private final FormErrors formErrors;
    private final Viewers viewers;
    private final HttpLocaleResolver locales;

    CampusProfilePageController(CampusService campuses, BeanChecks beans, FormErrors formErrors, Viewers viewers,
                                HttpLocaleResolver locales) {
        this.campuses = campuses;
        this.beans = beans;
        this.formErrors = formErrors;
        this.viewers = viewers;
        this.locales = locales;
    }

    @Get("{?done}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(String id, @Nullable @QueryValue String done, Authentication auth) {
        CampusRow campus = campuses.managed(viewers.of(auth), id);
        Map<String, Object> model = model(campus, fieldsOf(campus), Map.of());
        model.put("done", "profile-saved".equals(done) ? done : null);
        return new ModelAndView<>(VIEW, model);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> save(String id, @Body Map<String, Object> body, HttpRequest<?> request, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        FormValues form = FormValues.of(body);
        CampusRow campus = campuses.managed(viewer, id);
        CampusProfileRequest profile = request(form);
        try {
            check(profile);
            campuses.updateProfile(viewer, id, profile);
            return HttpResponse.seeOther(URI.create("/console/campus/campuses/" + id + "/profile?done=profile-saved"));
        } catch (BadInput e) {
            Map<String, String> errors = formErrors.byField(e.violations().stream()
                    .map(v -> v.at(field(v.field()))).toList(), locales.resolveOrDefault(request));
            Map<String, Object> model = model(campus, form, errors);
            model.put("done", null);
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>(VIEW, model));
        }
    }

    /** JsonBodies' rules for a body's text, then the request's own constraints, as PUT .../profile checks them. */
    private void check(CampusProfileRequest profile) {
        List<Violation> wrong = new ArrayList<>();
        for (int i = 0; i < profile.focus().size(); i++) {
            text("focus[" + i + "]", profile.focus().get(i), wrong);
        }
        for (int i = 0; i < profile.sharedFacilities().size(); i++) {
            text("sharedFacilities[" + i + "]", profile.sharedFacilities().get(i), wrong);
        }
        text("website", profile.website(), wrong);
        text("contactEmail", profile.contactEmail(), wrong);
        text("streetAddress", profile.streetAddress(), wrong);
        text("postcode", profile.postcode(), wrong);
        text("town", profile.town(), wrong);
        if (!wrong.isEmpty()) {
            throw new BadInput(wrong);
        }
        beans.check(profile);
    }

    private static void text(String field, @Nullable String value, List<Violation> wrong) {
        Refusal broken = value == null ? null : TextRules.problem(value);
        if (broken != null) {
            wrong.add(broken.at(field, value));
        }
    }

    /** The checked sectors, then the other words; facilities one per line, blank lines left out. */
    static CampusProfileRequest request(FormValues form) {
        List<String> focus = Stream.concat(form.all("focus").stream(), items(form.one("focusOther"), ",")).distinct().toList();
        return new CampusProfileRequest(focus, items(form.one("sharedFacilities"), "\n").toList(), form.text("website"),
                form.text("contactEmail"), form.text("streetAddress"), form.text("postcode"), form.text("town"));
    }

    private static Stream<String> items(@Nullable String text, String separator) {
        return text == null ? Stream.empty() : Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** focus[3] -> focusOther (the checkboxes cannot be wrong), sharedFacilities[2] -> sharedFacilities. */
    private static String field(String path) {
        String name = path.replaceAll("\\[\\d+]$", "");
        return name.equals("focus") ? "focusOther" : name;
    }

    /** Sectors as ticked boxes, any other focus word in the free-text field. */
    private static FormValues fieldsOf(CampusRow campus) {
        List<String> focus = campus.focus() == null ? List.of() : campus.focus();
        Map<String, List<String>> form = new HashMap<>();
        form.put("focus", focus.stream().filter(Vocabulary.SECTORS::contains).toList());
        form.put("focusOther", List.of(focus.stream().filter(f -> !Vocabulary.SECTORS.contains(f)).collect(Collectors.joining(", "))));
        form.put("sharedFacilities", List.of(campus.sharedFacilities() == null ? "" : String.join("\n", campus.sharedFacilities())));
        form.put("website", campus.website() == null ? List.of() : List.of(campus.website()));
        form.put("contactEmail", campus.contactEmail() == null ? List.of() : List.of(campus.contactEmail()));
        // a demo address is the shipped town only: the form offers it to be replaced, not kept as the manager's
        CampusAddress address = campus.address();
        form.put("streetAddress", address.street() == null ? List.of() : List.of(address.street()));
        form.put("postcode", address.postcode() == null ? List.of() : List.of(address.postcode()));
        form.put("town", address.town() == null ? List.of() : List.of(address.town()));
        return FormValues.filled(form);
    }

    private static Map<String, Object> model(CampusRow campus, FormValues form, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("campus", campus);
        model.put("form", form);
        model.put("errors", errors);
        model.put("sectors", Vocabulary.SECTORS);
        return model;
    }
}
