package nl.labspace.need;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.JsonBodies;
import nl.labspace.web.ProblemResponses;

/** A company's own needs: post, read, edit, withdraw. */
@Controller("/api/needs")
@Secured({Roles.COMPANY, Roles.ADMIN})
@Tag(name = "needs")
@SecurityRequirement(name = ApiDocs.BEARER)
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
class NeedController {

    private final NeedService needs;
    private final Viewers viewers;
    private final JsonBodies bodies;

    NeedController(NeedService needs, Viewers viewers, JsonBodies bodies) {
        this.needs = needs;
        this.viewers = viewers;
        this.bodies = bodies;
    }

    @Get
    @Operation(operationId = "listNeeds", summary = "List my company's needs",
            description = "For a company account: its company's needs, whatever their status (admins: every need).")
    @ApiResponse(responseCode = "200", description = "The needs", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    List<NeedResponse> mine(Authentication auth) {
        return needs.visibleTo(viewers.of(auth)).stream().map(NeedResponse::of).toList();
    }

    @Get("/{id}")
    @Operation(operationId = "getNeed", summary = "Get one of my company's needs",
            description = "Another company's need answers 404, like one that does not exist.")
    @ApiResponse(responseCode = "200", description = "The need in full", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    NeedResponse one(@Parameter(description = "Need id", example = ApiDocs.NEED_ID_EXAMPLE) UUID id, Authentication auth) {
        return NeedResponse.of(needs.ownNeed(viewers.of(auth), id));
    }

    @Post
    @Secured(Roles.COMPANY)
    @Operation(operationId = "postNeed", summary = "Post a need for space",
            description = "Company accounts only (an admin gets 403): the need is its company's, whatever the body says. "
                    + "It starts open; confidential needs show campuses only an anonymous requirement until matched.")
    @ApiResponse(responseCode = "201", description = "Posted: the new need, whose address is in Location",
            useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    HttpResponse<NeedResponse> post(
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NeedRequest.class))) @Body String body,
            Authentication auth) {
        NeedResponse created = NeedResponse.of(needs.post(viewers.of(auth), NeedForm.valuesOf(bodies.read(body, NeedRequest.class))));
        return HttpResponse.created(created, URI.create("/api/needs/" + created.id()));
    }

    @Put("/{id}")
    @Operation(operationId = "updateNeed", summary = "Edit one of my company's needs",
            description = "Replaces every field of an open need. Send the version you read: when the need changed since, "
                    + "or is no longer open, the answer is 409 and nothing is written.")
    @ApiResponse(responseCode = "200", description = "The need as edited, with its new version", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    NeedResponse edit(@Parameter(description = "Need id", example = ApiDocs.NEED_ID_EXAMPLE) UUID id,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NeedRequest.class))) @Body String body,
            Authentication auth) {
        NeedRequest request = bodies.read(body, NeedRequest.class);
        return NeedResponse.of(needs.edit(viewers.of(auth), id, request.version(), NeedForm.valuesOf(request)));
    }

    @Post("/{id}/withdraw")
    @Operation(operationId = "withdrawNeed", summary = "Withdraw one of my company's needs",
            description = "Sets its status to withdrawn: it is no longer demand. No body. The optional reason says why "
                    + "(lost demand in regional insight); without one the need records unknown. Another word answers 400 "
                    + "and nothing is written.")
    @ApiResponse(responseCode = "200", description = "The need, withdrawn", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    NeedResponse withdraw(@Parameter(description = "Need id", example = ApiDocs.NEED_ID_EXAMPLE) UUID id,
                          @Parameter(description = "Why the need is withdrawn: found space through Labspace, found space "
                                  + "elsewhere in the Netherlands, went abroad, plans changed, other",
                                  example = "went-abroad", schema = @Schema(allowableValues = {"found-via-labspace",
                                          "found-elsewhere-nl", "went-abroad", "plans-changed", "other"}))
                          @Nullable @QueryValue String reason,
                          Authentication auth) {
        return NeedResponse.of(needs.withdraw(viewers.of(auth), id, reason));
    }
}
