package nl.labspace.matching;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import nl.labspace.account.Roles;
import nl.labspace.db.matching.MarketScope;
import nl.labspace.web.JsonBodies;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/** Matching runs for administrators: start, follow live, stop, history, and the stored input and solution. */
@Controller("/api/admin/matching/runs")
@Secured(Roles.ADMIN)
class RunController {

    private final MatchingRuns runs;
    private final RunHistory history;
    private final JsonBodies bodies;

    RunController(MatchingRuns runs, RunHistory history, JsonBodies bodies) {
        this.runs = runs;
        this.history = history;
        this.bodies = bodies;
    }

    @Post
    @Operation(summary = "Start a matching run for the whole country or a set of regions")
    HttpResponse<LiveRun> start(@RequestBody(content = @Content(schema = @Schema(implementation = RunRequest.class)))
                                @Body String json, Authentication admin) {
        RunRequest request = bodies.read(json, RunRequest.class);
        MarketScope scope = history.scope(request.regions());
        int budget = request.budgetSeconds() == null ? history.defaultBudget() : request.budgetSeconds();
        long seed = request.seed() == null ? MatchingRuns.defaultSeed() : request.seed();
        UUID id = runs.start(scope, budget, seed, admin.getName());
        return HttpResponse.created(runs.status(id), URI.create("/api/admin/matching/runs/" + id));
    }

    @Get
    @Operation(summary = "The history of matching runs, newest first")
    List<RunResponse> all() {
        return history.recent().stream().map(RunResponse::of).toList();
    }

    @Get("/{id}")
    @Operation(summary = "One run from the history")
    RunResponse one(UUID id) {
        return RunResponse.of(history.find(id));
    }

    @Get("/{id}/status")
    @Operation(summary = "The run's live status: phase, best unserved m², matched needs, elapsed and budget")
    LiveRun status(UUID id) {
        return runs.status(id);
    }

    @Get(value = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM)
    @Operation(summary = "The run's live status as server-sent events, until it ends")
    Flux<Event<LiveRun>> events(UUID id) {
        LiveRun first = runs.status(id);
        if (first.ended()) {
            return Flux.just(Event.of(first).name("status"));
        }
        Sinks.Many<LiveRun> sink = Sinks.many().multicast().onBackpressureBuffer();
        Runnable unwatch = runs.watch(id, now -> {
            sink.tryEmitNext(now);
            if (now.ended()) {
                sink.tryEmitComplete();
            }
        });
        Flux<LiveRun> heartbeat = Flux.interval(Duration.ofSeconds(1)).map(tick -> runs.status(id))
                .takeUntil(LiveRun::ended);
        return Flux.concat(Flux.just(first), Flux.merge(sink.asFlux(), heartbeat).takeUntil(LiveRun::ended))
                .map(s -> Event.of(s).name("status")).doFinally(signal -> unwatch.run());
    }

    @Post("/{id}/stop")
    @Operation(summary = "Stop a solving run; the best solution so far is kept and written")
    LiveRun stop(UUID id, Authentication admin) {
        runs.stop(id, admin.getName());
        return runs.status(id);
    }

    @Get(value = "/{id}/snapshot", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "The exact labspace-matching/1 input the run solved")
    HttpResponse<String> snapshot(UUID id) {
        return download(history.snapshot(id), "run-" + id + "-instance.json");
    }

    @Get(value = "/{id}/solution", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "The run's labspace-matching-solution/1 solution")
    HttpResponse<String> solution(UUID id) {
        return download(history.solution(id), "run-" + id + "-solution.json");
    }

    private static HttpResponse<String> download(String json, String file) {
        return HttpResponse.ok(json).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    }
}
