package nl.labspace.need;

import java.util.UUID;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewers;

/** One need as demand, for campus managers: confidential needs only as an anonymous requirement. */
@Controller("/api/demand")
@Secured({Roles.CAMPUS_MANAGER, Roles.ADMIN})
class DemandController {

    private final NeedService needs;
    private final Viewers viewers;

    DemandController(NeedService needs, Viewers viewers) {
        this.needs = needs;
        this.viewers = viewers;
    }

    @Get("/{id}")
    DemandView one(UUID id, Authentication auth) {
        return DemandView.of(needs.openDemand(viewers.of(auth), id));
    }
}
