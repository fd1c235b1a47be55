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

/** A company's own needs: post, read, edit, withdraw. */
@Controller("/api/needs")
@Secured({Roles.COMPANY, Roles.ADMIN})
class NeedController {

    private final NeedService needs;
    private final Viewers viewers;

    NeedController(NeedService needs, Viewers viewers) {
        this.needs = needs;
        this.viewers = viewers;
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
    HttpResponse<NeedResponse> post(@Body NeedRequest body, Authentication auth) {
        NeedResponse created = NeedResponse.of(needs.post(viewers.of(auth), NeedForm.valuesOf(body)));
        return HttpResponse.created(created, URI.create("/api/needs/" + created.id()));
    }

    @Put("/{id}")
    NeedResponse edit(UUID id, @Body NeedRequest body, Authentication auth) {
        return NeedResponse.of(needs.edit(viewers.of(auth), id, body.version(), NeedForm.valuesOf(body)));
    }

    @Post("/{id}/withdraw")
    NeedResponse withdraw(UUID id, Authentication auth) {
        return NeedResponse.of(needs.withdraw(viewers.of(auth), id));
    }
}
