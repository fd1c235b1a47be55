package nl.labspace.listing;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.account.Viewers;
import nl.labspace.campus.ManagedCampuses;
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

/** Units: published by a campus's managers, readable by everyone while on offer. */
@Controller("/api")
@Tag(name = "units")
class ListingController {

    private final ListingService listings;
    private final Viewers viewers;
    private final ManagedCampuses managed;
    private final JsonBodies bodies;

    ListingController(ListingService listings, Viewers viewers, ManagedCampuses managed, JsonBodies bodies) {
        this.listings = listings;
        this.viewers = viewers;
        this.managed = managed;
        this.bodies = bodies;
    }

    @Get("/campuses/{campusId}/units")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "listCampusUnits", summary = "List a campus's units",
            description = "Everyone sees the units the campus offers (available and planned, fresh or not); signed in "
                    + "with a bearer token, the campus's own managers and admins also see its withdrawn units.")
    @ApiResponse(responseCode = "200", description = "The campus's units", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    List<UnitResponse> ofCampus(@Parameter(description = ApiDocs.CAMPUS_ID, example = ApiDocs.CAMPUS_ID_EXAMPLE,
                                        schema = @Schema(pattern = ApiDocs.CAMPUS_ID_PATTERN)) String campusId,
                                @Nullable Authentication auth) {
        return listings.ofCampus(viewer(auth), campusId).stream().map(UnitResponse::of).toList();
    }

    @Post("/campuses/{campusId}/units")
    @Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
    @Operation(operationId = "publishUnit", summary = "Publish a unit on a campus",
            description = "For the campus's managers and admins. status is available (the default) or planned "
                    + "(deliveryMonth required, not after availableFrom); version is not sent.",
            security = @SecurityRequirement(name = ApiDocs.BEARER))
    @ApiResponse(responseCode = "201", description = "Published: the new unit, whose address is in Location",
            useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    HttpResponse<UnitResponse> publish(@Parameter(description = ApiDocs.CAMPUS_ID + " (one the caller manages)",
                                               example = ApiDocs.CAMPUS_ID_EXAMPLE,
                                               schema = @Schema(pattern = ApiDocs.CAMPUS_ID_PATTERN)) String campusId,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = UnitRequest.class))) @Body String body,
            Authentication auth) {
        Viewer viewer = viewers.of(auth);
        managed.require(viewer, campusId);
        UnitRequest request = bodies.read(body, UnitRequest.class);
        UnitResponse created = UnitResponse.of(listings.publish(viewer, campusId, UnitForm.valuesOf(request)));
        return HttpResponse.created(created, URI.create("/api/units/" + created.id()));
    }

    @Get("/units/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "getUnit", summary = "Get a unit",
            description = "Everyone reads a unit on offer; a withdrawn unit answers 404 except to its campus's managers "
                    + "and admins, signed in with a bearer token.")
    @ApiResponse(responseCode = "200", description = "The unit", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    UnitResponse one(@Parameter(description = "Unit id", example = ApiDocs.UNIT_ID_EXAMPLE) UUID id,
                     @Nullable Authentication auth) {
        return UnitResponse.of(listings.one(viewer(auth), id));
    }

    @Put("/units/{id}")
    @Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
    @Operation(operationId = "updateUnit", summary = "Edit a unit",
            description = "Replaces every field of the unit and confirms it (lastConfirmed becomes today). Send the "
                    + "version you read: when someone changed the unit since, the answer is 409 and nothing is written.",
            security = @SecurityRequirement(name = ApiDocs.BEARER))
    @ApiResponse(responseCode = "200", description = "The unit as edited, with its new version", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.PayloadTooLarge
    @ProblemResponses.UnsupportedMediaType
    UnitResponse update(@Parameter(description = "Unit id (of a campus the caller manages)",
                                example = ApiDocs.UNIT_ID_EXAMPLE) UUID id,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = UnitRequest.class))) @Body String body,
            Authentication auth) {
        UnitRequest request = bodies.read(body, UnitRequest.class);
        return UnitResponse.of(listings.update(viewers.of(auth), id, request.version(), UnitForm.valuesOf(request)));
    }

    @Post("/units/{id}/withdraw")
    @Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
    @Operation(operationId = "withdrawUnit", summary = "Withdraw a unit from offer",
            description = "Sets its status to withdrawn: it leaves search and public listings. No body.",
            security = @SecurityRequirement(name = ApiDocs.BEARER))
    @ApiResponse(responseCode = "200", description = "The unit, withdrawn", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    UnitResponse withdraw(@Parameter(description = "Unit id (of a campus the caller manages)",
                                  example = ApiDocs.UNIT_ID_EXAMPLE) UUID id, Authentication auth) {
        return UnitResponse.of(listings.withdraw(viewers.of(auth), id));
    }

    @Post("/units/{id}/reconfirm")
    @Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
    @Operation(operationId = "reconfirmUnit", summary = "Confirm a unit is still on offer",
            description = "Sets lastConfirmed to today, so a stale unit shows in space search again "
                    + "(LABSPACE_FRESH_DAYS). No body.",
            security = @SecurityRequirement(name = ApiDocs.BEARER))
    @ApiResponse(responseCode = "200", description = "The unit, confirmed today", useReturnTypeSchema = true)
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.Forbidden
    @ProblemResponses.NotFound
    UnitResponse reconfirm(@Parameter(description = "Unit id (of a campus the caller manages)",
                                   example = ApiDocs.UNIT_ID_EXAMPLE) UUID id, Authentication auth) {
        return UnitResponse.of(listings.reconfirm(viewers.of(auth), id));
    }

    private Viewer viewer(Authentication auth) {
        return auth == null ? null : viewers.of(auth);
    }
}
