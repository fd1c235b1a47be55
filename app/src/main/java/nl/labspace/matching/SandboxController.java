package nl.labspace.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import nl.labspace.account.Roles;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.ProblemResponses;

/** The live market as a snapshot, and an offline sandbox that solves a snapshot without touching the market. */
@Controller("/api/admin/matching")
@Secured(Roles.ADMIN)
@Tag(name = "matching")
@SecurityRequirement(name = ApiDocs.BEARER)
@ProblemResponses.BadRequest
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
class SandboxController {

    private final Sandbox sandbox;
    private final RunHistory history;

    SandboxController(Sandbox sandbox, RunHistory history) {
        this.sandbox = sandbox;
        this.history = history;
    }

    @Get(value = "/market{?regions}", produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportMarketSnapshot", summary = "The live market as a labspace-matching/1 snapshot",
            description = "Admins only. What a run of this scope would solve now: campuses, fresh units, open needs, "
                    + "leases and accepted proposals (as fixed entries).")
    HttpResponse<String> market(@Parameter(description = "Province, COROP or ROM codes, comma-separated; none for the "
            + "whole country", schema = @Schema(example = "PV28,PV27", pattern = "^[A-Za-z0-9]+(,[A-Za-z0-9]+)*$"))
                                @Nullable @QueryValue @Size(max = 1000) String regions) {
        List<String> codes = regions == null || regions.isBlank() ? null
                : Arrays.stream(regions.split(",")).map(String::trim).toList();
        return HttpResponse.ok(sandbox.snapshot(history.scope(codes))).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"market.json\"");
    }

    @Post(value = "/sandbox{?budgetSeconds,seed}", consumes = MediaType.APPLICATION_JSON)
    @Operation(operationId = "solveInSandbox", summary = "Solve a labspace-matching/1 snapshot offline, never in the live market",
            description = "Admins only. Solves the snapshot in memory within budgetSeconds and answers the solution with "
                    + "its figures; nothing is read from or written to the market.")
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    Map<String, Object> solve(@RequestBody(required = true, description = "A labspace-matching/1 instance",
                                      content = @Content(schema = @Schema(type = "object"))) @Body String body,
                              @Parameter(description = "Seconds the engine may solve (default 10)",
                                      schema = @Schema(minimum = "1", maximum = "60", example = "10"))
                              @Nullable @QueryValue @Min(1) @Max(60) Integer budgetSeconds,
                              @Parameter(description = "Seed of the engine's search (default 0)",
                                      schema = @Schema(minimum = "0", example = "7"))
                              @Nullable @QueryValue @Min(0) Integer seed) {
        return sandbox.solve(body, budgetSeconds == null ? 10 : budgetSeconds, seed == null ? 0 : seed);
    }
}
