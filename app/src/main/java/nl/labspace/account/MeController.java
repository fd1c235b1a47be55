package nl.labspace.account;

import java.util.List;
import java.util.UUID;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

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
    MeResponse me(Authentication authentication) {
        Viewer v = viewers.of(authentication);
        return new MeResponse(v.accountId(), v.email(), v.role(), v.campusIds().stream().sorted().toList(),
                v.companyId(), v.regionCodes().stream().sorted().toList(), v.wholeCountry());
    }
}
