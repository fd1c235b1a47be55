package nl.labspace.insight.whatif;

import java.net.URI;
import java.util.ArrayList;
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
import nl.labspace.page.FormOnce;
import nl.labspace.page.FormValues;
import nl.labspace.web.BadInput;
import nl.labspace.web.Violation;

/**
 * The fund dashboard's what-if builder: save a scenario of up to three buildings, run it in the sandbox (progress as
 * the runs page shows it: a refresh link, no script needed), and read the finished runs side by side. The same
 * service and rules as POST /api/insight/scenarios.
 */
@Controller("/console/fund/scenarios")
@Secured(Roles.FUND_MANAGER)
@Hidden
class ScenarioConsoleController {

    static final String VIEW = "insight/scenarios";

    private final ScenarioService scenarios;
    private final ScenarioSaving saving;
    private final ScenarioPageModel pages;
    private final Viewers viewers;
    private final HttpLocaleResolver locales;

    ScenarioConsoleController(ScenarioService scenarios, ScenarioSaving saving, ScenarioPageModel pages, Viewers viewers,
                              HttpLocaleResolver locales) {
        this.scenarios = scenarios;
        this.saving = saving;
        this.pages = pages;
        this.viewers = viewers;
        this.locales = locales;
    }

    @Get("{?done}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(@Nullable @QueryValue String done, HttpRequest<?> request, Authentication auth) {
        Map<String, Object> model = pages.model(viewers.of(auth), FormValues.empty(), List.of(), request, locales);
        model.put("done", done);
        return new ModelAndView<>(VIEW, model);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> create(@Body Map<String, Object> body, HttpRequest<?> request, Authentication auth) {
        Viewer viewer = viewers.of(auth);
        FormValues form = FormValues.of(body);
        List<Violation> wrong = new ArrayList<>();
        ScenarioFormFields.Read read = ScenarioFormFields.read(form, wrong);
        try {
            if (!wrong.isEmpty()) {
                throw new BadInput(wrong);
            }
            boolean saved = saving.saveOnce(viewer, form.one(FormOnce.FIELD), read.request());
            return HttpResponse.seeOther(URI.create("/console/fund/scenarios?done=" + (saved ? "scenarioSaved" : "already")));
        } catch (BadInput e) {
            List<Violation> all = new ArrayList<>(wrong);
            e.violations().stream().filter(v -> !wrong.contains(v)).map(read::at).forEach(all::add);
            Map<String, Object> model = pages.model(viewer, form, all, request, locales);
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>(VIEW, model));
        }
    }

    @Post("/{id}/run")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> run(UUID id, Authentication auth) {
        scenarios.run(viewers.of(auth), id);
        return HttpResponse.seeOther(URI.create("/console/fund/scenarios?done=scenarioStarted#scenario-" + id));
    }
}
