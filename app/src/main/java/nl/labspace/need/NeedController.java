package nl.labspace.need;

import java.util.List;
import java.util.UUID;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;

/** A company's own needs. */
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
}
