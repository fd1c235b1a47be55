package nl.labspace.listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.campus.ManagedCampuses;
import nl.labspace.db.campus.CampusQueries;
import nl.labspace.db.campus.CampusRow;
import nl.labspace.db.listing.UnitLeases;
import nl.labspace.db.listing.UnitRow;
import nl.labspace.db.market.UnitStatus;
import nl.labspace.search.FreshListings;

/**
 * A campus manager's units across all of their campuses, as the campus console lists them: each with its campus and
 * whether it is stale (on offer but not confirmed within the fresh days, the rule of space search). Reconfirming them
 * goes through ListingService.reconfirm, one unit at a time, exactly as POST /api/units/{id}/reconfirm does.
 */
@Singleton
public class ManagedUnits {

    /** One unit of the console's table. */
    public record Line(UnitRow unit, String campusName, boolean stale) {
    }

    private final ListingService listings;
    private final CampusQueries campuses;
    private final ManagedCampuses managed;
    private final FreshListings fresh;

    private final UnitLeases leases;

    ManagedUnits(ListingService listings, CampusQueries campuses, ManagedCampuses managed, FreshListings fresh,
                 UnitLeases leases) {
        this.listings = listings;
        this.campuses = campuses;
        this.managed = managed;
        this.fresh = fresh;
        this.leases = leases;
    }

    /** The current and coming leases on the viewer's units, by unit (the months this month or later). */
    @Transactional(readOnly = true)
    public Map<UUID, List<UnitLeases.Lease>> leases(Viewer viewer) {
        if (viewer.campusIds().isEmpty()) {
            return Map.of();
        }
        return leases.onCampuses(viewer.campusIds(), fresh.today().withDayOfMonth(1)).stream()
                .collect(Collectors.groupingBy(UnitLeases.Lease::unitId));
    }

    /** The viewer's campuses by name. */
    @Transactional(readOnly = true)
    public List<CampusRow> campuses(Viewer viewer) {
        return viewer.campusIds().stream().map(campuses::find).flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(CampusRow::name)).toList();
    }

    /** One of the viewer's campuses; any other answers 404 as if it did not exist. */
    @Transactional(readOnly = true)
    public CampusRow campus(Viewer viewer, String campusId) {
        managed.require(viewer, campusId);
        return campuses.find(campusId).orElseThrow();
    }

    /** Every unit of the viewer's campuses, withdrawn ones included, campus by campus. */
    @Transactional(readOnly = true)
    public List<Line> lines(Viewer viewer) {
        LocalDate since = fresh.confirmedSince();
        List<Line> lines = new ArrayList<>();
        for (CampusRow campus : campuses(viewer)) {
            listings.ofCampus(viewer, campus.id()).forEach(u -> lines.add(new Line(u, campus.name(), isStale(u, since))));
        }
        return lines;
    }

    /** Confirms every stale unit of the viewer's campuses as still on offer; answers how many. */
    @Transactional
    public int reconfirmStale(Viewer viewer) {
        List<Line> stale = lines(viewer).stream().filter(Line::stale).toList();
        stale.forEach(l -> listings.reconfirm(viewer, l.unit().id()));
        return stale.size();
    }

    private static boolean isStale(UnitRow unit, LocalDate confirmedSince) {
        return !UnitStatus.WITHDRAWN.is(unit.status()) && unit.lastConfirmed().isBefore(confirmedSince);
    }
}
