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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import nl.labspace.web.JsonBodies;

/** Units: published by a campus's managers, readable by everyone while on offer. */
@Controller("/api")
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
    List<UnitResponse> ofCampus(String campusId, @Nullable Authentication auth) {
        return listings.ofCampus(viewer(auth), campusId).stream().map(UnitResponse::of).toList();
    }

    @Post("/campuses/{campusId}/units")
    @Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
    HttpResponse<UnitResponse> publish(String campusId,
            @RequestBody(content = @Content(schema = @Schema(implementation = UnitRequest.class))) @Body String body,
            Authentication auth) {
        Viewer viewer = viewers.of(auth);
        managed.require(viewer, campusId);
        UnitRequest request = bodies.read(body, UnitRequest.class);
        UnitResponse created = UnitResponse.of(listings.publish(viewer, campusId, UnitForm.valuesOf(request)));
        return HttpResponse.created(created, URI.create("/api/units/" + created.id()));
    }

    @Get("/units/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    UnitResponse one(UUID id, @Nullable Authentication auth) {
        return UnitResponse.of(listings.one(viewer(auth), id));
    }

    @Put("/units/{id}")
    @Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
    UnitResponse update(UUID id,
            @RequestBody(content = @Content(schema = @Schema(implementation = UnitRequest.class))) @Body String body,
            Authentication auth) {
        UnitRequest request = bodies.read(body, UnitRequest.class);
        return UnitResponse.of(listings.update(viewers.of(auth), id, request.version(), UnitForm.valuesOf(request)));
    }

    @Post("/units/{id}/withdraw")
    @Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
    UnitResponse withdraw(UUID id, Authentication auth) {
        return UnitResponse.of(listings.withdraw(viewers.of(auth), id));
    }

    @Post("/units/{id}/reconfirm")
    @Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
    UnitResponse reconfirm(UUID id, Authentication auth) {
        return UnitResponse.of(listings.reconfirm(viewers.of(auth), id));
    }

    private Viewer viewer(Authentication auth) {
        return auth == null ? null : viewers.of(auth);
    }
}
