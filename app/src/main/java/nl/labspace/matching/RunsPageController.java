package nl.labspace.matching;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.account.AdminMenu;
import nl.labspace.account.Roles;
import nl.labspace.db.matching.RunRow;
import nl.labspace.page.FormErrors;
import nl.labspace.page.FormValues;
import nl.labspace.web.BadInput;
import nl.labspace.web.Conflict;
import nl.labspace.web.Reason;

/**
 * The admin's matching runs page: start a run (as POST /api/admin/matching/runs), stop a solving one (as POST
 * ...runs/{id}/stop: its best plan so far is kept and written), the history (GET ...runs) with the downloads of the
 * API and the published figures, and for a solving run a progress bar that assets/runs.js feeds from the run's
 * server-sent events (GET ...runs/{id}/events); without JavaScript a refresh link shows the progress.
 */
@Controller("/console/admin/runs")
@Secured(Roles.ADMIN)
@Hidden
class RunsPageController {

    /** A run of the history, with its live status while it solves and its regions by name (empty: whole country). */
    public record RunLine(RunRow run, @Nullable Live live, String regions) {
    }

    /** The live figures of a solving run, as the progress bar starts. */
    public record Live(String phase, long elapsedSeconds, int budgetSeconds, @Nullable Long bestUnservedM2, int percent) {
    }

    /** How long a stop waits for the run to write its best plan, so the page shows it stopped. */
    private static final long STOP_WAIT_MILLIS = 15_000;

    private final MatchingRuns runs;
    private final RunHistory history;
    private final AdminMenu menu;
    private final FormErrors reasons;
    private final HttpLocaleResolver locales;

    private final MessageSource messages;

    RunsPageController(MatchingRuns runs, RunHistory history, AdminMenu menu, FormErrors reasons, HttpLocaleResolver locales,
                       MessageSource messages) {
        this.runs = runs;
        this.history = history;
        this.menu = menu;
        this.reasons = reasons;
        this.locales = locales;
        this.messages = messages;
    }

    @Get("{?done}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(@Nullable @QueryValue String done) {
        Map<String, Object> model = model(FormValues.empty(), Map.of());
        model.put("done", done == null || !done.matches("[a-z-]{1,20}") ? null : done);
        return new ModelAndView<>("console/runs", model);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> start(@Body Map<String, Object> body, HttpRequest<?> request, Authentication admin) {
        FormValues form = FormValues.of(body);
        // the chooser's checked regions (a client may also send codes separated by commas)
        List<String> regions = form.all("regions").stream().flatMap(v -> Arrays.stream(v.split("[,\\s]+")))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        String budgetText = form.text("budgetSeconds") == null ? "" : form.text("budgetSeconds");
        try {
            int budget;
            if (budgetText.isEmpty()) {
                budget = history.defaultBudget();
            } else {
                try {
                    budget = Integer.parseInt(budgetText);
                } catch (NumberFormatException e) {
                    throw new BadInput("budgetSeconds", budgetText, Reason.WHOLE_SECONDS);
                }
                if (budget < 1 || budget > 3600) {
                    throw new BadInput("budgetSeconds", budget, Reason.BETWEEN, 1, 3600);
                }
            }
            runs.start(history.scope(regions.isEmpty() ? null : regions), budget, MatchingRuns.defaultSeed(), null, admin.getName());
            return HttpResponse.seeOther(URI.create("/console/admin/runs?done=started"));
        } catch (BadInput e) {
            Map<String, String> errors = reasons.byField(e.violations().stream().map(v -> v.at(
                    v.field().startsWith("regions") ? "regions" : "budgetSeconds")).toList(),
                    locales.resolveOrDefault(request));
            Map<String, Object> model = model(form, errors);
            model.put("done", null);
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("console/runs", model));
        } catch (Conflict e) {
            return refused(form, e, request);
        }
    }

    @Post("/{id}/stop")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> stop(UUID id, HttpRequest<?> request, Authentication admin) throws InterruptedException {
        try {
            runs.stop(id, admin.getName());
        } catch (Conflict e) {
            return refused(FormValues.empty(), e, request);
        }
        long deadline = System.currentTimeMillis() + STOP_WAIT_MILLIS;
        while (!runs.status(id).ended() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        return HttpResponse.seeOther(URI.create("/console/admin/runs?done=stopped"));
    }

    /** The page as it stands now (409), with the API's reason in the page's language. */
    private HttpResponse<?> refused(FormValues form, Conflict e, HttpRequest<?> request) {
        Locale locale = locales.resolveOrDefault(request);
        Map<String, Object> model = model(form, Map.of());
        model.put("done", null);
        model.put("refused", messages.getMessage("console.refused", locale, reasons.say(e.code(), e.values(), locale))
                .orElse(e.getMessage()));
        return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("console/runs", model));
    }

    private Map<String, Object> model(FormValues form, Map<String, String> errors) {
        List<RunHistory.RegionKind> kinds = history.regionKinds();
        // the history names a run's scope by its regions' names, not their codes
        Map<String, String> names = new HashMap<>();
        kinds.forEach(k -> k.regions().forEach(r -> names.put(r.code(), r.name())));
        List<RunLine> lines = history.recent().stream().map(r -> new RunLine(r, "solving".equals(r.status()) ? live(r.id()) : null,
                r.regionCodes().stream().map(c -> names.getOrDefault(c, c)).collect(Collectors.joining(", ")))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("runs", lines);
        model.put("menu", menu.counts());
        model.put("form", form);
        model.put("errors", errors);
        model.put("defaultBudget", history.defaultBudget());
        model.put("regionKinds", kinds);
        model.put("chosen", form.all("regions"));
        return model;
    }

    private Live live(UUID id) {
        LiveRun now = runs.status(id);
        int percent = now.budgetSeconds() <= 0 ? 0 : (int) Math.min(100, now.elapsedMillis() / 10 / now.budgetSeconds());
        return new Live(now.phase(), now.elapsedMillis() / 1000, now.budgetSeconds(), now.bestUnservedM2(), percent);
    }
}
