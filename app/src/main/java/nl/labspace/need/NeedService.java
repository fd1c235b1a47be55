package nl.labspace.need;

import java.util.List;
import java.util.UUID;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.db.need.NeedQueries;
import nl.labspace.db.need.NeedRow;

/** Needs: a company sees only its own; another company's need answers as if it did not exist. */
@Singleton
class NeedService {

    private final NeedQueries needs;

    NeedService(NeedQueries needs) {
        this.needs = needs;
    }

    @Transactional(readOnly = true)
    List<NeedRow> visibleTo(Viewer viewer) {
        return viewer.isAdmin() ? needs.all() : needs.ofCompany(viewer.companyId());
    }

    @Transactional(readOnly = true)
    NeedRow ownNeed(Viewer viewer, UUID id) {
        return needs.find(id).filter(n -> viewer.actsForCompany(n.companyId())).orElseThrow(() -> notFound(id));
    }

    /** Campus managers and admins see open demand (anonymised by DemandView); closed needs are not demand. */
    @Transactional(readOnly = true)
    NeedRow openDemand(Viewer viewer, UUID id) {
        boolean allowed = viewer.isAdmin() || Roles.CAMPUS_MANAGER.equals(viewer.role());
        return needs.find(id).filter(n -> allowed && !"withdrawn".equals(n.status())).orElseThrow(() -> notFound(id));
    }

    private static HttpStatusException notFound(UUID id) {
        return new HttpStatusException(HttpStatus.NOT_FOUND, "need %s does not exist".formatted(id));
    }
}
