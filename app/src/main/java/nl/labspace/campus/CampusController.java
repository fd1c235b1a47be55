package nl.labspace.campus;

import java.util.List;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.labspace.search.RegionIndex;
import nl.labspace.web.ApiDocs;
import nl.labspace.web.JsonBodies;
import nl.labspace.web.ProblemResponses;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;

/** Campus profiles: public to read, edited by the campus's own managers. */
@Controller("/api/campuses")
@Tag(name = "campuses")
class CampusController {

    private final CampusService campuses;
    private final Viewers viewers;
    private final JsonBodies bodies;
    private final RegionIndex regions;

    CampusController(CampusService campuses, Viewers viewers, JsonBodies bodies, RegionIndex regions) {
        this.campuses = campuses;
        this.viewers = viewers;
        this.bodies = bodies;
        this.regions = regions;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "listCampuses", summary = "List all campuses",
            description = "Every campus's public profile, with its location, the province, COROP region and ROM "
                    + "area it lies in (codes, and names in regionNames), its address and a route link.")
    @ApiResponse(responseCode = "200", description = "All campuses", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    List<CampusResponse> all() {
        return campuses.all().stream().map(c -> CampusResponse.of(c, regions)).toList();
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "getCampus", summary = "Get a campus's profile")
    @ApiResponse(responseCode = "200", description = "The campus's public profile", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    CampusResponse one(@Parameter(description = ApiDocs.CAMPUS_ID, example = ApiDocs.CAMPUS_ID_EXAMPLE,
                               schema = @Schema(pattern = ApiDocs.CAMPUS_ID_PATTERN)) String id) {
        return CampusResponse.of(campuses.find(id), regions);
    }

    @Put("/{id}/profile")
    @Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
    @Operation(operationId = "updateCampusProfile", summary = "Edit a campus's profile",
            description = "For the campus's own managers and admins: replaces focus, shared facilities, website and "
                    + "contact email. Name and location are not edited here. Another campus answers 404.",
            security = @SecurityRequirement(name = ApiDocs.BEARER))
    @ApiResponse(responseCode = "200", description = "The campus's profile as edited", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    CampusResponse updateProfile(@Parameter(description = ApiDocs.CAMPUS_ID + " (one the caller manages)",
                                         example = ApiDocs.CAMPUS_ID_EXAMPLE,
                                         schema = @Schema(pattern = ApiDocs.CAMPUS_ID_PATTERN)) String id,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CampusProfileRequest.class))) @Body String json,
            Authentication auth) {
        CampusProfileRequest profile = bodies.read(json, CampusProfileRequest.class);
        return CampusResponse.of(campuses.updateProfile(viewers.of(auth), id, profile), regions);
    }
}
