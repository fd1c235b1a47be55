package nl.labspace.search;

import java.time.LocalDate;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.campus.ManagedCampuses;
import nl.labspace.db.search.StaleUnitsQuery;

/** Stale units of a campus, for its own managers; another campus answers exactly like one that does not exist. */
@Singleton
class StaleUnitsService {

    private final StaleUnitsQuery stale;
    private final ManagedCampuses managed;
    private final Freshness freshness;
    private final Today today;

    StaleUnitsService(StaleUnitsQuery stale, ManagedCampuses managed, Freshness freshness, Today today) {
        this.stale = stale;
        this.managed = managed;
        this.freshness = freshness;
        this.today = today;
    }

    @Transactional(readOnly = true)
    StaleUnits of(Viewer viewer, String campusId) {
        managed.require(viewer, campusId);
        LocalDate day = today.date();
        return new StaleUnits(campusId, day.toString(), freshness.freshDays(),
                stale.ofCampus(campusId, day, freshness.freshDays()).stream().map(StaleUnits.Unit::of).toList());
    }
}
