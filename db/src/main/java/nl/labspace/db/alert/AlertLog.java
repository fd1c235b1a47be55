package nl.labspace.db.alert;

import static nl.labspace.db.generated.Tables.ALERT;
import static nl.labspace.db.generated.Tables.ALERT_ITEM;
import static nl.labspace.db.generated.Tables.CAMPUS;
import static nl.labspace.db.generated.Tables.UNIT;


import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.InsertValuesStep5;
import org.jooq.Records;
import nl.labspace.db.generated.tables.records.AlertItemRecord;

/** The alerts sent and every line of each, so the full list behind a mail shows exactly what it reported. */
public final class AlertLog {

    private final DSLContext dsl;

    public AlertLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Writes an alert with its lines (positions from 1, in the given order). */
    public UUID record(UUID savedSearchId, long fromXact, long toXact, List<AlertItemRow> items) {
        UUID id = dsl.insertInto(ALERT).set(ALERT.SAVED_SEARCH_ID, savedSearchId).set(ALERT.FROM_XACT, fromXact)
                .set(ALERT.TO_XACT, toXact).set(ALERT.ITEMS, items.size())
                .returning(ALERT.ID).fetchSingle(ALERT.ID);
        InsertValuesStep5<AlertItemRecord, UUID, Integer, UUID, UUID, String> insert = dsl.insertInto(ALERT_ITEM,
                ALERT_ITEM.ALERT_ID, ALERT_ITEM.POSITION, ALERT_ITEM.UNIT_ID, ALERT_ITEM.NEED_ID, ALERT_ITEM.CHANGE);
        items.forEach(i -> insert.values(id, i.position(), i.unitId(), i.needId(), i.change()));
        insert.execute();
        return id;
    }

    public List<AlertRow> ofSearch(UUID savedSearchId) {
        return dsl.select(ALERT.ID, ALERT.SAVED_SEARCH_ID, ALERT.SENT_AT, ALERT.ITEMS).from(ALERT)
                .where(ALERT.SAVED_SEARCH_ID.eq(savedSearchId))
                .orderBy(ALERT.SENT_AT.desc(), ALERT.ID).fetch(Records.mapping(AlertRow::new));
    }

    public Optional<AlertRow> find(UUID savedSearchId, UUID alertId) {
        return dsl.select(ALERT.ID, ALERT.SAVED_SEARCH_ID, ALERT.SENT_AT, ALERT.ITEMS).from(ALERT)
                .where(ALERT.ID.eq(alertId), ALERT.SAVED_SEARCH_ID.eq(savedSearchId))
                .fetchOptional(Records.mapping(AlertRow::new));
    }

    public List<AlertItemRow> items(UUID alertId) {
        return dsl.select(ALERT_ITEM.POSITION, ALERT_ITEM.UNIT_ID, ALERT_ITEM.NEED_ID, ALERT_ITEM.CHANGE)
                .from(ALERT_ITEM).where(ALERT_ITEM.ALERT_ID.eq(alertId))
                .orderBy(ALERT_ITEM.POSITION).fetch(Records.mapping(AlertItemRow::new));
    }

    /** The units of a space alert in the mail's order, as they are now. */
    public List<AlertUnitLine> unitLines(UUID alertId) {
        return dsl.select(ALERT_ITEM.POSITION, ALERT_ITEM.CHANGE, UNIT.ID, UNIT.NAME, CAMPUS.ID, CAMPUS.NAME, CAMPUS.CITY,
                        UNIT.LAB_M2, UNIT.OFFICE_M2, UNIT.RENT_PER_M2_YEAR, UNIT.AVAILABLE_FROM, UNIT.STATUS)
                .from(ALERT_ITEM).join(UNIT).on(UNIT.ID.eq(ALERT_ITEM.UNIT_ID)).join(CAMPUS).on(CAMPUS.ID.eq(UNIT.CAMPUS_ID))
                .where(ALERT_ITEM.ALERT_ID.eq(alertId))
                .orderBy(ALERT_ITEM.POSITION).fetch(Records.mapping(AlertUnitLine::new));
    }
}
