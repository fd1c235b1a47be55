package nl.labspace.search;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;

/** A campus's stale listings, flagged for its managers so they reconfirm or withdraw them. */
@Controller("/api/campuses")
@Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
class StaleUnitsController {

    private final StaleUnitsService stale;
    private final Viewers viewers;

    StaleUnitsController(StaleUnitsService stale, Viewers viewers) {
        this.stale = stale;
        this.viewers = viewers;
    }

    @Get("/{id}/stale-units")
    StaleUnits staleUnits(String id, Authentication auth) {
        return stale.of(viewers.of(auth), id);
    }
}
