package nl.labspace.need;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import nl.labspace.web.JsonBodies;

/** A company's own needs: post, read, edit, withdraw. */
@Controller("/api/needs")
@Secured({Roles.COMPANY, Roles.ADMIN})
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
    List<NeedResponse> mine(Authentication auth) {
        return needs.visibleTo(viewers.of(auth)).stream().map(NeedResponse::of).toList();
    }

    @Get("/{id}")
    NeedResponse one(UUID id, Authentication auth) {
        return NeedResponse.of(needs.ownNeed(viewers.of(auth), id));
    }

    @Post
    @Secured(Roles.COMPANY)
    HttpResponse<NeedResponse> post(
            @RequestBody(content = @Content(schema = @Schema(implementation = NeedRequest.class))) @Body String body,
            Authentication auth) {
        NeedResponse created = NeedResponse.of(needs.post(viewers.of(auth), NeedForm.valuesOf(bodies.read(body, NeedRequest.class))));
        return HttpResponse.created(created, URI.create("/api/needs/" + created.id()));
    }

    @Put("/{id}")
    NeedResponse edit(UUID id,
            @RequestBody(content = @Content(schema = @Schema(implementation = NeedRequest.class))) @Body String body,
            Authentication auth) {
        NeedRequest request = bodies.read(body, NeedRequest.class);
        return NeedResponse.of(needs.edit(viewers.of(auth), id, request.version(), NeedForm.valuesOf(request)));
    }

    @Post("/{id}/withdraw")
    NeedResponse withdraw(UUID id, Authentication auth) {
        return NeedResponse.of(needs.withdraw(viewers.of(auth), id));
    }
}
