package nl.labspace.campus;

import nl.labspace.web.NotFound;
import java.util.List;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.campus.CampusQueries;
import nl.labspace.db.campus.CampusRow;

@Singleton
class CampusService {

    private final CampusQueries campuses;
    private final ManagedCampuses managed;

    CampusService(CampusQueries campuses, ManagedCampuses managed) {
        this.campuses = campuses;
        this.managed = managed;
    }

    @Transactional(readOnly = true)
    List<CampusRow> all() {
        return campuses.all();
    }

    @Transactional(readOnly = true)
    CampusRow find(String id) {
        return campuses.find(id).orElseThrow(() -> notFound(id));
    }

    /** One of the viewer's campuses; another answers exactly like a campus that does not exist. */
    @Transactional(readOnly = true)
    CampusRow managed(Viewer viewer, String id) {
        managed.require(viewer, id);
        return find(id);
    }

    /** Another campus's profile answers exactly like a campus that does not exist. */
    @Transactional
    CampusRow updateProfile(Viewer viewer, String id, CampusProfileRequest profile) {
        managed.require(viewer, id);
        campuses.updateProfile(id, profile.focus(), profile.sharedFacilities(), profile.website(), profile.contactEmail(),
                profile.address());
        return campuses.find(id).orElseThrow();
    }

    static NotFound notFound(String id) {
        return new NotFound("campus %s does not exist".formatted(id));
    }
}
