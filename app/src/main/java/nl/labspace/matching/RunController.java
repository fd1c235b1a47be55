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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.labspace.account.Roles;
import nl.labspace.db.matching.MarketScope;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.JsonBodies;
import nl.labspace.web.ProblemResponses;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/** Matching runs for administrators: start, follow live, stop, history, and the stored input and solution. */
@Controller("/api/admin/matching/runs")
@Secured(Roles.ADMIN)
@Tag(name = "matching")
@SecurityRequirement(name = ApiDocs.BEARER)
@ProblemResponses.BadRequest
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
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
    @Operation(operationId = "startMatchingRun", summary = "Start a matching run for the whole country or a set of regions",
            description = "Admins only. Solves in the background within budgetSeconds (default: the national budget of "
                    + "the settings) and then writes proposals; follow it with getMatchingRunStatus or "
                    + "followMatchingRun. {} runs the whole country. Audited as matching.run-started.")
    @ApiResponse(responseCode = "201", description = "Started: the run's live status, whose address is in Location",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "A run whose scope overlaps this one is still solving: stop it or "
            + "wait for it to end.", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON,
                    schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    HttpResponse<LiveRun> start(@RequestBody(required = true, content = @Content(schema = @Schema(implementation = RunRequest.class)))
                                @Body String json, Authentication admin) {
        RunRequest request = bodies.read(json, RunRequest.class);
        MarketScope scope = history.scope(request.regions());
        int budget = request.budgetSeconds() == null ? history.defaultBudget() : request.budgetSeconds();
        long seed = request.seed() == null ? MatchingRuns.defaultSeed() : request.seed();
        UUID id = runs.start(scope, budget, seed, request.steps(), admin.getName());
        return HttpResponse.created(runs.status(id), URI.create("/api/admin/matching/runs/" + id));
    }

    @Get
    @Operation(operationId = "listMatchingRuns", summary = "The history of matching runs, newest first",
            description = "Admins only. The 200 most recent runs.")
    @ApiResponse(responseCode = "200", description = "The runs, newest first", useReturnTypeSchema = true)
    List<RunResponse> all() {
        return history.recent().stream().map(RunResponse::of).toList();
    }

    @Get("/{id}")
    @Operation(operationId = "getMatchingRun", summary = "One run from the history")
    @ApiResponse(responseCode = "200", description = "The run: scope, budget, seed, timings and result", useReturnTypeSchema = true)
    @ProblemResponses.NotFound
    RunResponse one(@Parameter(description = "Matching run id", example = ApiDocs.RUN_ID_EXAMPLE) UUID id) {
        return RunResponse.of(history.find(id));
    }

    @Get("/{id}/status")
    @Operation(operationId = "getMatchingRunStatus",
            summary = "The run's live status: phase, best unserved m², matched needs, elapsed and budget")
    @ApiResponse(responseCode = "200", description = "The run's status now", useReturnTypeSchema = true)
    @ProblemResponses.NotFound
    LiveRun status(@Parameter(description = "Matching run id", example = ApiDocs.RUN_ID_EXAMPLE) UUID id) {
        return runs.status(id);
    }

    @Get(value = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM)
    @Operation(operationId = "followMatchingRun", summary = "The run's live status as server-sent events, until it ends")
    @ApiResponse(responseCode = "200", description = "Server-sent events named status, each one's data a LiveRun as "
            + "JSON (as getMatchingRunStatus answers), at least every second, until the run has ended; an ended run "
            + "sends one event.", content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM, schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "status", value = "event: status\ndata: {\"id\":\""
                            + ApiDocs.RUN_ID_EXAMPLE + "\",\"status\":\"solving\",\"phase\":\"searching\","
                            + "\"elapsedMillis\":4200,\"budgetSeconds\":60,\"bestUnservedM2\":1840,"
                            + "\"matchedNeeds\":41,\"totalNeeds\":57}\n\n")))
    @ProblemResponses.NotFound
    Flux<Event<LiveRun>> events(@Parameter(description = "Matching run id", example = ApiDocs.RUN_ID_EXAMPLE) UUID id) {
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
    @Operation(operationId = "stopMatchingRun", summary = "Stop a solving run; the best solution so far is kept and written",
            description = "Admins only. No body. Audited as matching.run-stopped.")
    @ApiResponse(responseCode = "200", description = "The run's status as the stop was asked", useReturnTypeSchema = true)
    @ProblemResponses.NotFound
    @ApiResponse(responseCode = "409", description = "The run has already ended, or has finished its search and is writing its outcome.", content = @Content(
            mediaType = ProblemResponses.PROBLEM_JSON, schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    LiveRun stop(@Parameter(description = "Matching run id", example = ApiDocs.RUN_ID_EXAMPLE) UUID id, Authentication admin) {
        runs.stop(id, admin.getName());
        return runs.status(id);
    }

    @Get(value = "/{id}/snapshot", produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMatchingRunInput", summary = "The exact labspace-matching/1 input the run solved",
            description = "A download (Content-Disposition: attachment) that the solver's command line reads: "
                    + "labspace-solver.jar solve or validate.")
    @ApiResponse(responseCode = "200", description = "The labspace-matching/1 instance",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"labspace-run-{yyyyMMdd-HHmm}-{id8}-market-snapshot.json\" (the run's start in UTC, the first 8 characters of its id)",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object",
                    description = "labspace-matching/1 (solver module, README 'The matching engine')")))
    @ProblemResponses.NotFound
    @ApiResponse(responseCode = "409", description = "The run has no snapshot yet (still preparing).", content = @Content(
            mediaType = ProblemResponses.PROBLEM_JSON, schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    HttpResponse<String> snapshot(@Parameter(description = "Matching run id", example = ApiDocs.RUN_ID_EXAMPLE) UUID id) {
        return download(history.snapshot(id), history.fileName(id, "market-snapshot"));
    }

    @Get(value = "/{id}/solution", produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMatchingRunSolution", summary = "The run's labspace-matching-solution/1 solution",
            description = "A download (Content-Disposition: attachment) that labspace-solver.jar validate checks against "
                    + "the run's input.")
    @ApiResponse(responseCode = "200", description = "The labspace-matching-solution/1 solution",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"labspace-run-{yyyyMMdd-HHmm}-{id8}-engine-solution.json\"",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object",
                    description = "labspace-matching-solution/1 (solver module)")))
    @ProblemResponses.NotFound
    @ApiResponse(responseCode = "409", description = "The run has no solution (it is still solving, failed or was "
            + "interrupted).", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON,
                    schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    HttpResponse<String> solution(@Parameter(description = "Matching run id", example = ApiDocs.RUN_ID_EXAMPLE) UUID id) {
        return download(history.solution(id), history.fileName(id, "engine-solution"));
    }

    private static HttpResponse<String> download(String json, String file) {
        return HttpResponse.ok(json).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    }
}
