package nl.labspace.db.alert;

import static nl.labspace.db.generated.Tables.NEED;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import nl.labspace.db.search.DemandFilter;
import nl.labspace.db.search.DemandHitRow;
import nl.labspace.db.search.DemandSearchQuery;
import nl.labspace.db.search.DemandSort;
import nl.labspace.db.search.SpaceFilter;
import nl.labspace.db.search.SpaceHitRow;
import nl.labspace.db.search.SpaceSort;
import nl.labspace.db.search.SpaceSearchQuery;
import org.jooq.DSLContext;

/**
 * What an alert lists: the search's own query (same conditions, freshness included) over the units or needs the
 * change log names for a range of transactions [from, to).
 */
public final class AlertMatches {

    private final SpaceSearchQuery space;
    private final DemandSearchQuery demand;

    public AlertMatches(DSLContext dsl) {
        this.space = new SpaceSearchQuery(dsl);
        this.demand = new DemandSearchQuery(dsl);
    }

    public List<SpaceHitRow> units(SpaceFilter filter, SpaceSort sort, long from, long to, int freshDays) {
        return space.among(filter, sort, ChangeLog.unitChanged(from, to, freshDays));
    }

    public List<DemandHitRow> needs(DemandFilter filter, DemandSort sort, long from, long to) {
        return demand.among(filter, sort, ChangeLog.needChanged(from, to));
    }

    /** These needs as the demand search finds them (open ones only). */
    public List<DemandHitRow> needs(DemandFilter filter, DemandSort sort, Collection<UUID> ids) {
        return demand.among(filter, sort, NEED.ID.in(ids));
    }
}
