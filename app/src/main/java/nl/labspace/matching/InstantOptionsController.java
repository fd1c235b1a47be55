package nl.labspace.matching;

import java.util.UUID;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.ProblemResponses;

/** Instant options: the best placements the engine finds for one of my needs now, each with its explanation. */
@Controller("/api/needs/{id}/options")
class InstantOptionsController {

    private final InstantOptionsService options;
    private final Viewers viewers;

    InstantOptionsController(InstantOptionsService options, Viewers viewers) {
        this.options = options;
        this.viewers = viewers;
    }

    @Post
    @Secured({Roles.COMPANY, Roles.ADMIN})
    @Tag(name = "matching")
    @Operation(operationId = "findNeedOptions",
            summary = "The best placements for my need on the market as it stands, or the binding reason there is none",
            description = "For the need's company (and admins). No body; nothing is written. The engine places this one "
                    + "open need on today's fresh supply, around the other needs, and answers its best options, each with "
                    + "its explanation, or the rule that binds when there is none. Other companies' need ids are left out.",
            security = @SecurityRequirement(name = ApiDocs.BEARER))
    @ApiResponse(responseCode = "200", description = "The need's options and their explanations (the engine's data: "
            + "codes, numbers and ids; other needs only as area and accepted), each with its rent per m² a year and in total",
            useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ApiResponse(responseCode = "409", description = "The need is not open (matched or withdrawn), so it has no options.",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON, schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    NeedOptionsView options(@Parameter(description = "Need id (of the caller's company)", example = ApiDocs.NEED_ID_EXAMPLE) UUID id,
                   Authentication auth) {
        return options.optionsFor(viewers.of(auth), id);
    }
}
