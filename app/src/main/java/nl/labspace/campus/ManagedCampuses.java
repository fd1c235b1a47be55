package nl.labspace.campus;

import nl.labspace.web.NotFound;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.campus.CampusQueries;

/**
 * The one check before a campus manager touches a campus: it must exist and be one of the viewer's (admins manage
 * all). Another tenant's campus answers exactly like a campus that does not exist (404), so existence never leaks.
 */
@Singleton
public class ManagedCampuses {

    private final CampusQueries campuses;

    ManagedCampuses(CampusQueries campuses) {
        this.campuses = campuses;
    }

    @Transactional(readOnly = true)
    public void require(Viewer viewer, String campusId) {
        if (!viewer.managesCampus(campusId) || campuses.find(campusId).isEmpty()) {
            throw new NotFound("campus %s does not exist".formatted(campusId));
        }
    }
}
