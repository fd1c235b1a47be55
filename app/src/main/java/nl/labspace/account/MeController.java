package nl.labspace.account;

import java.util.List;
import java.util.UUID;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.ProblemResponses;

/** Who am I, and what am I bound to: what the web UI needs to show the right menus. */
@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
class MeController {

    private final Viewers viewers;

    MeController(Viewers viewers) {
        this.viewers = viewers;
    }

    @Serdeable
    record MeResponse(UUID id, String email, String role, List<String> campusIds, UUID companyId,
                      List<String> regionCodes, boolean wholeCountry) {
    }

    @Get
    @Tag(name = "accounts")
    @Operation(operationId = "getMe", summary = "Who am I",
            description = "Any signed-in account: its id, email and role, and what the role binds it to (campuses, a "
                    + "company, or regions / the whole country).",
            security = @SecurityRequirement(name = ApiDocs.BEARER))
    @ApiResponse(responseCode = "200", description = "The signed-in account", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    MeResponse me(Authentication authentication) {
        Viewer v = viewers.of(authentication);
        return new MeResponse(v.accountId(), v.email(), v.role(), v.campusIds().stream().sorted().toList(),
                v.companyId(), v.regionCodes().stream().sorted().toList(), v.wholeCountry());
    }
}
