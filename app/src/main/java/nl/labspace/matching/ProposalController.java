package nl.labspace.matching;

import java.util.List;
import java.util.UUID;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;

/** Proposals: companies see and answer those for their needs, campus managers those on their units. */
@Controller("/api/proposals")
class ProposalController {

    private final ProposalService proposals;
    private final Viewers viewers;

    ProposalController(ProposalService proposals, Viewers viewers) {
        this.proposals = proposals;
        this.viewers = viewers;
    }

    @Get
    @Secured({Roles.COMPANY, Roles.CAMPUS_MANAGER, Roles.ADMIN})
    @Operation(summary = "Proposals for my needs (company) or on my campuses' units (campus manager)")
    List<ProposalResponse> mine(Authentication auth) {
        return proposals.visibleTo(viewers.of(auth));
    }

    @Get("/{id}")
    @Secured({Roles.COMPANY, Roles.CAMPUS_MANAGER, Roles.ADMIN})
    @Operation(summary = "One proposal with its explanation")
    ProposalResponse one(UUID id, Authentication auth) {
        return proposals.one(viewers.of(auth), id);
    }

    @Post("/{id}/accept")
    @Secured({Roles.COMPANY, Roles.ADMIN})
    @Operation(summary = "Accept an open proposal for my need (409 when its need or units changed since the run)")
    ProposalResponse accept(UUID id, Authentication auth) {
        return proposals.accept(viewers.of(auth), id);
    }

    @Post("/{id}/decline")
    @Secured({Roles.COMPANY, Roles.ADMIN})
    @Operation(summary = "Decline an open proposal for my need")
    ProposalResponse decline(UUID id, Authentication auth) {
        return proposals.decline(viewers.of(auth), id);
    }

    @Post("/{id}/confirm")
    @Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
    @Operation(summary = "Confirm an accepted proposal on my campus: leases its units for its months")
    ProposalResponse confirm(UUID id, Authentication auth) {
        return proposals.confirm(viewers.of(auth), id);
    }

    @Post("/{id}/campus-decline")
    @Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
    @Operation(summary = "Decline an accepted proposal on my campus")
    ProposalResponse campusDecline(UUID id, Authentication auth) {
        return proposals.campusDecline(viewers.of(auth), id);
    }
}
