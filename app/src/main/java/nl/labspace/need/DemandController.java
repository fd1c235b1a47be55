package nl.labspace.need;

import java.util.UUID;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.ProblemResponses;

/** One need as demand, for campus managers: confidential needs only as an anonymous requirement. */
@Controller("/api/demand")
@Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
class DemandController {

    private final NeedService needs;
    private final Viewers viewers;

    DemandController(NeedService needs, Viewers viewers) {
        this.needs = needs;
        this.viewers = viewers;
    }

    @Get("/{id}")
    @Tag(name = "needs")
    @Operation(operationId = "getDemand", summary = "Get a need as demand",
            description = "For campus managers and admins: an open or matched need. A confidential need shows only its "
                    + "anonymous requirement (areas, class, window, region) until its company has accepted a match; "
                    + "a withdrawn need answers 404.",
            security = @SecurityRequirement(name = ApiDocs.BEARER))
    @ApiResponse(responseCode = "200", description = "The need as a campus sees it", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    DemandView one(@Parameter(description = "Need id", example = ApiDocs.NEED_ID_EXAMPLE) UUID id, Authentication auth) {
        return DemandView.of(needs.openDemand(viewers.of(auth), id));
    }
}
