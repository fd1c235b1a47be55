package nl.labspace.matching;

import java.util.UUID;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;

/** Instant options: the best placements the engine finds for one of my needs now, each with its explanation. */
@Controller("/api/needs/{id}/options")
class InstantOptionsController {

    private final InstantOptionsService options;
    private final Viewers viewers;

    InstantOptionsController(InstantOptionsService options, Viewers viewers) {
        this.options = options;
        this.viewers = viewers;
    }

    @Post
    @Secured({Roles.COMPANY, Roles.ADMIN})
    @Operation(summary = "The best placements for my need on the market as it stands, or the binding reason there is none")
    Object options(UUID id, Authentication auth) {
        return options.optionsFor(viewers.of(auth), id);
    }
}
