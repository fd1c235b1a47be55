package nl.labspace.campus;

import java.util.List;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import nl.labspace.web.JsonBodies;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;

/** Campus profiles: public to read, edited by the campus's own managers. */
@Controller("/api/campuses")
class CampusController {

    private final CampusService campuses;
    private final Viewers viewers;
    private final JsonBodies bodies;

    CampusController(CampusService campuses, Viewers viewers, JsonBodies bodies) {
        this.campuses = campuses;
        this.viewers = viewers;
        this.bodies = bodies;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<CampusResponse> all() {
        return campuses.all().stream().map(CampusResponse::of).toList();
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    CampusResponse one(String id) {
        return CampusResponse.of(campuses.find(id));
    }

    @Put("/{id}/profile")
    @Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
    CampusResponse updateProfile(String id,
            @RequestBody(content = @Content(schema = @Schema(implementation = CampusProfileRequest.class))) @Body String json,
            Authentication auth) {
        CampusProfileRequest profile = bodies.read(json, CampusProfileRequest.class);
        return CampusResponse.of(campuses.updateProfile(viewers.of(auth), id, profile));
    }
}
