package nl.labspace.search;

import java.time.LocalDate;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.campus.CampusQueries;
import nl.labspace.db.search.StaleUnitsQuery;

/** Stale units of a campus, for its own managers; another campus answers exactly like one that does not exist. */
@Singleton
class StaleUnitsService {

    private final StaleUnitsQuery stale;
    private final CampusQueries campuses;
    private final Freshness freshness;
    private final Today today;

    StaleUnitsService(StaleUnitsQuery stale, CampusQueries campuses, Freshness freshness, Today today) {
        this.stale = stale;
        this.campuses = campuses;
        this.freshness = freshness;
        this.today = today;
    }

    @Transactional(readOnly = true)
    StaleUnits of(Viewer viewer, String campusId) {
        if (!viewer.managesCampus(campusId) || campuses.find(campusId).isEmpty()) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "campus %s does not exist".formatted(campusId));
        }
        LocalDate day = today.date();
        return new StaleUnits(campusId, day.toString(), freshness.freshDays(),
                stale.ofCampus(campusId, day, freshness.freshDays()).stream().map(StaleUnits.Unit::of).toList());
    }
}
