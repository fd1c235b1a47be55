package nl.labspace.insight.whatif;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.BadInput;
import nl.labspace.web.JsonBodies;
import nl.labspace.web.ProblemResponses;
import nl.labspace.web.Reason;

/**
 * What-if scenarios of fund managers (and admins): hypothetical buildings saved per account, run in a sandbox copy of
 * the market in the background, with results side by side. Another account's scenario answers 404.
 */
@Controller("/api/insight/scenarios")
@Secured({Roles.FUND_MANAGER, Roles.ADMIN})
@Tag(name = "insight")
@SecurityRequirement(name = ApiDocs.BEARER)
@ProblemResponses.BadRequest
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
class ScenarioController {

    static final String ID_EXAMPLE = "5d0c1f8e-2a47-4b39-9e6a-0f3c7d21b8a4";
    static final int MAX_COMPARED = 10;

    private final ScenarioService scenarios;
    private final ScenarioReader reader;
    private final Viewers viewers;
    private final JsonBodies bodies;

    ScenarioController(ScenarioService scenarios, ScenarioReader reader, Viewers viewers, JsonBodies bodies) {
        this.scenarios = scenarios;
        this.reader = reader;
        this.viewers = viewers;
        this.bodies = bodies;
    }

    @Post
    @Operation(operationId = "createScenario", summary = "Save a what-if scenario of one to three hypothetical buildings",
            description = "Each building lies on a campus, in a listed town or at a point, in a region you follow. "
                    + "Nothing runs until runScenario.")
    @ApiResponse(responseCode = "201", description = "Saved; its address is in Location", useReturnTypeSchema = true)
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    HttpResponse<ScenarioResponse> create(@RequestBody(required = true, content = @Content(schema = @Schema(
            implementation = ScenarioRequest.class))) @Body String json, Authentication auth) {
        var viewer = viewers.of(auth);
        var row = scenarios.create(viewer, bodies.read(json, ScenarioRequest.class));
        return HttpResponse.created(reader.response(row, viewer), URI.create("/api/insight/scenarios/" + row.id()));
    }

    @Get
    @Operation(operationId = "listScenarios", summary = "My scenarios, oldest first, each with every run and its result")
    @ApiResponse(responseCode = "200", description = "The scenarios", useReturnTypeSchema = true)
    List<ScenarioResponse> all(Authentication auth) {
        var viewer = viewers.of(auth);
        return reader.responses(scenarios.all(viewer), viewer);
    }

    @Get("/compare{?ids}")
    @Operation(operationId = "compareScenarios", summary = "Scenarios side by side, each with its newest finished result")
    @ApiResponse(responseCode = "200", description = "The scenarios in the order asked", useReturnTypeSchema = true)
    @ProblemResponses.NotFound
    ComparisonResponse compare(@Parameter(description = "Scenario ids, comma-separated, 1 to " + MAX_COMPARED,
            schema = @Schema(example = ID_EXAMPLE + "," + ID_EXAMPLE)) @Nullable @QueryValue @Size(max = 1000) String ids,
                               Authentication auth) {
        var viewer = viewers.of(auth);
        List<UUID> wanted = ids(ids);
        return reader.compare(wanted.stream().map(id -> scenarios.owned(viewer, id)).toList(), viewer);
    }

    @Get("/{id}")
    @Operation(operationId = "getScenario", summary = "One of my scenarios, with every run (progress while solving)")
    @ApiResponse(responseCode = "200", description = "The scenario", useReturnTypeSchema = true)
    @ProblemResponses.NotFound
    ScenarioResponse one(@Parameter(description = "Scenario id", example = ID_EXAMPLE) UUID id, Authentication auth) {
        var viewer = viewers.of(auth);
        return reader.response(scenarios.owned(viewer, id), viewer);
    }

    @Put("/{id}")
    @Operation(operationId = "updateScenario", summary = "Change a scenario (send the version you read)",
            description = "Earlier results stay, each with the scenario version it ran. Refused (409) while it solves.")
    @ApiResponse(responseCode = "200", description = "The scenario as saved", useReturnTypeSchema = true)
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    ScenarioResponse update(@Parameter(description = "Scenario id", example = ID_EXAMPLE) UUID id,
                            @RequestBody(required = true, content = @Content(schema = @Schema(
                                    implementation = ScenarioRequest.class))) @Body String json, Authentication auth) {
        var viewer = viewers.of(auth);
        return reader.response(scenarios.update(viewer, id, bodies.read(json, ScenarioRequest.class)), viewer);
    }

    @Delete("/{id}")
    @Operation(operationId = "deleteScenario", summary = "Delete a scenario and its results",
            description = "Refused (409) while it solves: stop it first.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    HttpResponse<Void> delete(@Parameter(description = "Scenario id", example = ID_EXAMPLE) UUID id, Authentication auth) {
        scenarios.delete(viewers.of(auth), id);
        return HttpResponse.noContent();
    }

    @Post("/{id}/run")
    @Operation(operationId = "runScenario", summary = "Run a scenario on the market as it is now, in the background",
            description = "Solves the national market twice in a sandbox, with the scenario's seed and step limit: as "
                    + "it is and with the buildings. No proposal, hold or matching run is written. Follow it with "
                    + "getScenario (phase, percent); a later run on a later market adds a result. No body.")
    @ApiResponse(responseCode = "202", description = "Started: the run's status", useReturnTypeSchema = true)
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    HttpResponse<ResultResponse> run(@Parameter(description = "Scenario id", example = ID_EXAMPLE) UUID id,
                                     Authentication auth) {
        var viewer = viewers.of(auth);
        UUID result = scenarios.run(viewer, id);
        return HttpResponse.<ResultResponse>status(HttpStatus.ACCEPTED).body(reader.result(result, viewer));
    }

    @Post("/{id}/stop")
    @Operation(operationId = "stopScenario", summary = "Stop a scenario's solving run; it ends stopped, without figures",
            description = "No body. 409 when no run of it is solving.")
    @ApiResponse(responseCode = "200", description = "The run's status as the stop was asked", useReturnTypeSchema = true)
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    ResultResponse stop(@Parameter(description = "Scenario id", example = ID_EXAMPLE) UUID id, Authentication auth) {
        var viewer = viewers.of(auth);
        return reader.result(scenarios.stop(viewer, id), viewer);
    }

    private static List<UUID> ids(@Nullable String ids) {
        String[] parts = ids == null || ids.isBlank() ? new String[0] : ids.split(",", -1);
        if (parts.length == 0 || parts.length > MAX_COMPARED) {
            throw new BadInput("ids", ids, Reason.BETWEEN, 1, MAX_COMPARED);
        }
        List<UUID> wanted = new ArrayList<>();
        for (String part : parts) {
            try {
                wanted.add(UUID.fromString(part.trim()));
            } catch (IllegalArgumentException e) {
                throw new BadInput("ids", ids, "must be scenario ids separated by commas");
            }
        }
        return wanted;
    }
}
