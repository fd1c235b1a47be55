package nl.labspace.matching;

import java.util.List;
import java.util.UUID;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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

/** Proposals: companies see and answer those for their needs, campus managers those on their units. */
@Controller("/api/proposals")
@Tag(name = "matching")
@SecurityRequirement(name = ApiDocs.BEARER)
@ProblemResponses.BadRequest
@ProblemResponses.Unauthorized
@ProblemResponses.Forbidden
class ProposalController {

    private final ProposalService proposals;
    private final Viewers viewers;

    ProposalController(ProposalService proposals, Viewers viewers) {
        this.proposals = proposals;
        this.viewers = viewers;
    }

    @Get
    @Secured({Roles.COMPANY, Roles.CAMPUS_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listProposals",
            summary = "Proposals for my needs (company) or on my campuses' units (campus manager)",
            description = "Companies see the proposals for their needs; campus managers those on their campuses' units, "
                    + "with a confidential need shown only as its anonymous requirement (explanation kind AnonymousMatchedNeed: "
                    + "no distance, sector or points); admins all. No explanation names another need: those holding "
                    + "units appear as area and accepted only. Fund managers get 403.")
    @ApiResponse(responseCode = "200", description = "The proposals the caller may see", useReturnTypeSchema = true)
    List<ProposalResponse> mine(Authentication auth) {
        return proposals.visibleTo(viewers.of(auth));
    }

    @Get("/{id}")
    @Secured({Roles.COMPANY, Roles.CAMPUS_MANAGER, Roles.ADMIN})
    @Operation(operationId = "getProposal", summary = "One proposal with its explanation",
            description = "A proposal the caller may not see answers 404, like one that does not exist.")
    @ApiResponse(responseCode = "200", description = "The proposal and the engine's explanation as the caller may see it",
            useReturnTypeSchema = true)
    @ProblemResponses.NotFound
    ProposalResponse one(@Parameter(description = "Proposal id", example = ApiDocs.PROPOSAL_ID_EXAMPLE) UUID id, Authentication auth) {
        return proposals.one(viewers.of(auth), id);
    }

    @Post("/{id}/accept")
    @Secured({Roles.COMPANY, Roles.ADMIN})
    @Operation(operationId = "acceptProposal",
            summary = "Accept an open proposal for my need (409 when its need or units changed since the run)",
            description = "For the need's company (and admins). No body. The proposal becomes accepted and waits for the "
                    + "campus's confirmation. Audited as proposal.accepted.")
    @ApiResponse(responseCode = "200", description = "The proposal, accepted", useReturnTypeSchema = true)
    @ProblemResponses.NotFound
    @ApiResponse(responseCode = "409", description = "The proposal is not open, its need or units changed since the run, one of its units is already held in some of its months (leased, or by another accepted proposal: the detail names the unit and the months), or someone answered it at the same time; nothing changed.", content = @Content(
            mediaType = ProblemResponses.PROBLEM_JSON, schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    ProposalResponse accept(@Parameter(description = "Proposal id", example = ApiDocs.PROPOSAL_ID_EXAMPLE) UUID id, Authentication auth) {
        return proposals.accept(viewers.of(auth), id);
    }

    @Post("/{id}/decline")
    @Secured({Roles.COMPANY, Roles.ADMIN})
    @Operation(operationId = "declineProposal", summary = "Decline an open proposal for my need",
            description = "For the need's company (and admins). No body. Audited as proposal.declined.")
    @ApiResponse(responseCode = "200", description = "The proposal, declined", useReturnTypeSchema = true)
    @ProblemResponses.NotFound
    @ApiResponse(responseCode = "409", description = "The proposal is not open, or someone answered it at the same time; nothing changed.", content = @Content(
            mediaType = ProblemResponses.PROBLEM_JSON, schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    ProposalResponse decline(@Parameter(description = "Proposal id", example = ApiDocs.PROPOSAL_ID_EXAMPLE) UUID id, Authentication auth) {
        return proposals.decline(viewers.of(auth), id);
    }

    @Post("/{id}/confirm")
    @Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
    @Operation(operationId = "confirmProposal",
            summary = "Confirm an accepted proposal on my campus: leases its units for its months",
            description = "For the campus's managers (and admins). No body. Writes the leases, so the units are taken for "
                    + "those months. Audited as proposal.confirmed.")
    @ApiResponse(responseCode = "200", description = "The proposal, confirmed", useReturnTypeSchema = true)
    @ProblemResponses.NotFound
    @ApiResponse(responseCode = "409", description = "The proposal is not accepted, one of its units is already leased in those months, or someone answered it at the same time; nothing changed.", content = @Content(
            mediaType = ProblemResponses.PROBLEM_JSON, schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    ProposalResponse confirm(@Parameter(description = "Proposal id", example = ApiDocs.PROPOSAL_ID_EXAMPLE) UUID id, Authentication auth) {
        return proposals.confirm(viewers.of(auth), id);
    }

    @Post("/{id}/campus-decline")
    @Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
    @Operation(operationId = "campusDeclineProposal", summary = "Decline an accepted proposal on my campus",
            description = "For the campus's managers (and admins). No body. Audited as proposal.campus-declined.")
    @ApiResponse(responseCode = "200", description = "The proposal, declined by the campus", useReturnTypeSchema = true)
    @ProblemResponses.NotFound
    @ApiResponse(responseCode = "409", description = "The proposal is not accepted, or someone answered it at the same time; nothing changed.", content = @Content(
            mediaType = ProblemResponses.PROBLEM_JSON, schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
    ProposalResponse campusDecline(@Parameter(description = "Proposal id", example = ApiDocs.PROPOSAL_ID_EXAMPLE) UUID id, Authentication auth) {
        return proposals.campusDecline(viewers.of(auth), id);
    }
}
