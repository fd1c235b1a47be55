package nl.labspace.db.listing.stats;

import static nl.labspace.db.generated.Tables.LISTING_EVENT_DAY;
import static nl.labspace.db.generated.Tables.UNIT;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.values;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Row4;
import org.jooq.Table;

/**
 * Adds counts to listing_event_day in one statement. Counts of a unit that no longer exists are dropped (the join),
 * rather than failing the batch they arrived in. Rows are written in key order, so two writers never wait on each
 * other's rows crosswise (no deadlock).
 */
public final class ListingEventStore {

    private final DSLContext dsl;

    public ListingEventStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The counts must have distinct (unit, day, kind): one upsert may not touch a row twice. */
    public int add(Collection<DayCount> counts) {
        if (counts.isEmpty()) {
            return 0;
        }
        List<Row4<UUID, LocalDate, String, Long>> rows = counts.stream()
                .sorted(Comparator.comparing(DayCount::unitId).thenComparing(DayCount::day).thenComparing(DayCount::kind))
                .map(c -> row(c.unitId(), c.day(), c.kind().code(), c.events())).toList();
        Table<?> c = values(rows.toArray(Row4[]::new)).as("c", "unit_id", "day", "kind", "events");
        Field<UUID> unitId = field(name("c", "unit_id"), UUID.class);
        return dsl.insertInto(LISTING_EVENT_DAY, LISTING_EVENT_DAY.UNIT_ID, LISTING_EVENT_DAY.DAY, LISTING_EVENT_DAY.KIND,
                        LISTING_EVENT_DAY.EVENTS)
                .select(select(unitId, field(name("c", "day"), LocalDate.class), field(name("c", "kind"), String.class),
                        field(name("c", "events"), Long.class))
                        .from(c).join(UNIT).on(UNIT.ID.eq(unitId))
                        .orderBy(unitId, field(name("c", "day")), field(name("c", "kind"))))
                .onConflict(LISTING_EVENT_DAY.UNIT_ID, LISTING_EVENT_DAY.DAY, LISTING_EVENT_DAY.KIND)
                .doUpdate().set(LISTING_EVENT_DAY.EVENTS, LISTING_EVENT_DAY.EVENTS.plus(excluded(LISTING_EVENT_DAY.EVENTS)))
                .execute();
    }
}
