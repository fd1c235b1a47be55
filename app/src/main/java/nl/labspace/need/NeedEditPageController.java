package nl.labspace.need;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.account.Viewers;
import nl.labspace.db.market.NeedStatus;
import nl.labspace.db.need.NeedRow;
import nl.labspace.page.FormValues;
import nl.labspace.web.BadInput;
import nl.labspace.web.Conflict;
import nl.labspace.web.Reason;
import nl.labspace.web.Violation;

/**
 * Editing a need in the company console, with the rules and the version check of PUT /api/needs/{id}. When the
 * need changed since the form was opened, the form comes back with the company's own values kept and the
 * stored ones beside them, so no edit is lost and none overwrites another unseen.
 */
@Controller("/console/company/needs/{id}")
@Secured(Roles.COMPANY)
@Hidden
class NeedEditPageController {

    private static final String VIEW = "need/edit";

    private final NeedService needs;
    private final NeedFormPage needForm;
    private final Viewers viewers;
    private final HttpLocaleResolver locales;

    NeedEditPageController(NeedService needs, NeedFormPage needForm, Viewers viewers, HttpLocaleResolver locales) {
        this.needs = needs;
        this.needForm = needForm;
        this.viewers = viewers;
        this.locales = locales;
    }

    @Get("/edit")
    @Produces(MediaType.TEXT_HTML)
    @Transactional(readOnly = true)
    ModelAndView<Map<String, Object>> form(UUID id, Authentication auth) {
        NeedRow need = needs.ownNeed(viewers.of(auth), id);
        Map<String, Object> model = needForm.model(NeedFormFields.of(need), Map.of());
        put(model, need, need.version(), null);
        return new ModelAndView<>(VIEW, model);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> save(UUID id, @Body Map<String, Object> body, HttpRequest<?> request, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        NeedRow need = needs.ownNeed(viewer, id);
        FormValues form = FormValues.of(body);
        List<Violation> wrong = new ArrayList<>();
        Integer version = version(form.text("version"), wrong);
        NeedRequest edited = NeedFormFields.request(form, version, wrong);
        try {
            var values = NeedForm.valuesOf(edited);
            if (!wrong.isEmpty()) {
                throw new BadInput(wrong);
            }
            needs.edit(viewer, id, version, values);
            return HttpResponse.seeOther(URI.create("/console/company?done=edited"));
        } catch (BadInput e) {
            wrong.addAll(e.violations());
            return again(form, needForm.errors(wrong, locales.resolveOrDefault(request)), need, version, null);
        } catch (Conflict e) {
            // (no transaction around this method: the service's own rolled back, and the page reads afresh)
            // keep the company's values; offer the stored ones and the new version to save over them knowingly
            NeedRow now = needs.ownNeed(viewer, id);
            return again(form, Map.of(), now, now.version(), NeedStatus.OPEN.is(now.status()) ? "changed" : "closed");
        }
    }

    private HttpResponse<?> again(FormValues form, Map<String, String> errors, NeedRow stored, Integer version, String conflict) {
        Map<String, Object> model = needForm.model(form, errors);
        put(model, stored, version, conflict);
        HttpStatus status = conflict == null ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
        return HttpResponse.status(status).body(new ModelAndView<>(VIEW, model));
    }

    private static void put(Map<String, Object> model, NeedRow stored, Integer version, String conflict) {
        model.put("need", stored);
        model.put("version", version);
        model.put("conflict", conflict);
    }

    private static Integer version(String value, List<Violation> wrong) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            wrong.add(Violation.of("version", value, Reason.WHOLE));
            return null;
        }
    }
}
