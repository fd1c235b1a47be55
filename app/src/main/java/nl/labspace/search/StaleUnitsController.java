package nl.labspace.search;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.ProblemResponses;

/** A campus's stale listings, flagged for its managers so they reconfirm or withdraw them. */
@Controller("/api/campuses")
@Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
class StaleUnitsController {

    private final StaleUnitsService stale;
    private final Viewers viewers;

    StaleUnitsController(StaleUnitsService stale, Viewers viewers) {
        this.stale = stale;
        this.viewers = viewers;
    }

    @Get("/{id}/stale-units")
    @Tag(name = "units")
    @Operation(operationId = "listStaleUnits", summary = "List a campus's stale units",
            description = "For the campus's managers and admins: its units not confirmed for LABSPACE_FRESH_DAYS (60) "
                    + "days, oldest first. They are hidden from space search and from the supply figures until "
                    + "reconfirmed (reconfirmUnit), edited or re-imported.",
            security = @SecurityRequirement(name = ApiDocs.BEARER))
    @ApiResponse(responseCode = "200", description = "The campus's stale units (possibly none)", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    StaleUnits staleUnits(@Parameter(description = ApiDocs.CAMPUS_ID + " (one the caller manages)",
                                  example = ApiDocs.CAMPUS_ID_EXAMPLE,
                                  schema = @Schema(pattern = ApiDocs.CAMPUS_ID_PATTERN)) String id,
                          Authentication auth) {
        return stale.of(viewers.of(auth), id);
    }
}
