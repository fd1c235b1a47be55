package nl.labspace.listing;

import nl.labspace.db.market.UnitStatus;
import nl.labspace.web.Conflict;
import nl.labspace.web.NotFound;
import nl.labspace.web.Reason;
import java.util.List;
import java.util.UUID;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.campus.ManagedCampuses;
import nl.labspace.db.campus.CampusQueries;
import nl.labspace.db.listing.UnitCommands;
import nl.labspace.db.listing.UnitQueries;
import nl.labspace.db.listing.UnitRow;
import nl.labspace.db.listing.UnitValues;
import nl.labspace.web.BadInput;

/**
 * Units of a campus: its managers publish, edit, withdraw and reconfirm them; everyone reads the ones on offer.
 * A unit of a campus the viewer does not manage answers as if it did not exist.
 */
@Singleton
public class ListingService {

    private final UnitQueries units;
    private final UnitCommands commands;
    private final CampusQueries campuses;
    private final ManagedCampuses managed;

    ListingService(UnitQueries units, UnitCommands commands, CampusQueries campuses, ManagedCampuses managed) {
        this.units = units;
        this.commands = commands;
        this.campuses = campuses;
        this.managed = managed;
    }

    @Transactional(readOnly = true)
    public List<UnitRow> ofCampus(Viewer viewerOrNull, String campusId) {
        campuses.find(campusId).orElseThrow(() -> notFound("campus", campusId));
        return units.ofCampus(campusId, viewerOrNull != null && viewerOrNull.managesCampus(campusId));
    }

    @Transactional(readOnly = true)
    UnitRow one(Viewer viewerOrNull, UUID id) {
        return units.find(id)
                .filter(u -> !UnitStatus.WITHDRAWN.is(u.status()) || viewerOrNull != null && viewerOrNull.managesCampus(u.campusId()))
                .orElseThrow(() -> notFound("unit", id));
    }

    @Transactional
    public UnitRow publish(Viewer viewer, String campusId, UnitValues values) {
        managed.require(viewer, campusId);
        return units.find(commands.insert(campusId, values)).orElseThrow();
    }

    @Transactional
    UnitRow update(Viewer viewer, UUID id, Integer version, UnitValues values) {
        UnitRow unit = managedUnit(viewer, id);
        if (version == null) {
            throw new BadInput("version", null, Reason.VERSION_REQUIRED);
        }
        if (!commands.update(id, version, values)) {
            throw new Conflict("unit " + id, Reason.CHANGED_MEANWHILE, unit.version(), version);
        }
        return units.find(id).orElseThrow();
    }

    @Transactional
    UnitRow withdraw(Viewer viewer, UUID id) {
        managedUnit(viewer, id);
        commands.withdraw(id);
        return units.find(id).orElseThrow();
    }

    @Transactional
    public UnitRow reconfirm(Viewer viewer, UUID id) {
        managedUnit(viewer, id);
        commands.reconfirm(id);
        return units.find(id).orElseThrow();
    }

    /** A unit of a campus the viewer manages, withdrawn or not; any other answers as if it did not exist. */
    @Transactional(readOnly = true)
    UnitRow managedUnit(Viewer viewer, UUID id) {
        return units.find(id).filter(u -> viewer.managesCampus(u.campusId())).orElseThrow(() -> notFound("unit", id));
    }

    static NotFound notFound(String what, Object id) {
        return new NotFound("%s %s does not exist".formatted(what, id));
    }
}
