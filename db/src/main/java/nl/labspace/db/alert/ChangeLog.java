package nl.labspace.db.alert;

import static nl.labspace.db.generated.Tables.NEED;
import static nl.labspace.db.generated.Tables.NEED_CHANGE;
import static nl.labspace.db.generated.Tables.UNIT;
import static nl.labspace.db.generated.Tables.UNIT_CHANGE;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * The units and needs an alert reports: those with a change (V24) written by a transaction in [from, to), where
 * to is the run's horizon. A unit only reconfirmed counts when it had been stale, i.e. it is back in search:
 * confirmed before the freshness window of the day it was reconfirmed.
 */
public final class ChangeLog {

    /** The change an alert names when a unit had several in its range: new (published, posted) beats back (reopened, back from stale) beats changed. */
    public enum Kind { NEW, BACK, CHANGED }

    private static final Field<Integer> UNIT_RANK = when(UNIT_CHANGE.CHANGE.eq(inline("published")), inline(0))
            .when(UNIT_CHANGE.CHANGE.in(inline("reopened"), inline("reconfirmed")), inline(1)).otherwise(inline(2));
    private static final Field<Integer> NEED_RANK = when(NEED_CHANGE.CHANGE.eq(inline("posted")), inline(0))
            .when(NEED_CHANGE.CHANGE.eq(inline("reopened")), inline(1)).otherwise(inline(2));

    private final DSLContext dsl;

    public ChangeLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A condition on UNIT: the unit changed in [from, to) as an alert reports it. */
    public static Condition unitChanged(long from, long to, int freshDays) {
        return UNIT.ID.in(select(UNIT_CHANGE.UNIT_ID).from(UNIT_CHANGE).where(unitRange(from, to, freshDays)));
    }

    /** A condition on NEED: the need was posted, reopened or changed in [from, to). */
    public static Condition needChanged(long from, long to) {
        return NEED.ID.in(select(NEED_CHANGE.NEED_ID).from(NEED_CHANGE)
                .where(NEED_CHANGE.XACT.ge(from), NEED_CHANGE.XACT.lt(to)));
    }

    /** How each of these units changed in [from, to). */
    public Map<UUID, Kind> unitKinds(long from, long to, int freshDays, Collection<UUID> units) {
        return dsl.select(UNIT_CHANGE.UNIT_ID, min(UNIT_RANK)).from(UNIT_CHANGE)
                .where(unitRange(from, to, freshDays), UNIT_CHANGE.UNIT_ID.in(units))
                .groupBy(UNIT_CHANGE.UNIT_ID)
                .fetchMap(r -> r.value1(), r -> Kind.values()[r.value2()]);
    }

    /** How each of these needs changed in [from, to). */
    public Map<UUID, Kind> needKinds(long from, long to, Collection<UUID> needs) {
        return dsl.select(NEED_CHANGE.NEED_ID, min(NEED_RANK)).from(NEED_CHANGE)
                .where(NEED_CHANGE.XACT.ge(from), NEED_CHANGE.XACT.lt(to), NEED_CHANGE.NEED_ID.in(needs))
                .groupBy(NEED_CHANGE.NEED_ID)
                .fetchMap(r -> r.value1(), r -> Kind.values()[r.value2()]);
    }

    private static Condition unitRange(long from, long to, int freshDays) {
        return UNIT_CHANGE.XACT.ge(from).and(UNIT_CHANGE.XACT.lt(to))
                .and(UNIT_CHANGE.CHANGE.ne(inline("reconfirmed"))
                        .or(condition("{0} < {1} - {2}", UNIT_CHANGE.CONFIRMED_BEFORE, UNIT_CHANGE.CHANGED_ON, val(freshDays))));
    }
}
