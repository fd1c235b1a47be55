package nl.labspace.db.search;

import static nl.labspace.db.generated.Tables.UNIT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.val;

import java.time.LocalDate;
import java.util.List;

import nl.labspace.db.market.UnitStatus;
import org.jooq.DSLContext;
import org.jooq.impl.SQLDataType;

/**
 * Listed units (available or planned) of one campus that space search hides because their last confirmation is
 * older than freshDays before today; the oldest first. Withdrawn units are not listed, so never stale.
 */
public final class StaleUnitsQuery {

    private final DSLContext dsl;

    public StaleUnitsQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<StaleUnitRow> ofCampus(String campusId, LocalDate today, int freshDays) {
        return dsl.select(UNIT.ID, UNIT.NAME, UNIT.STATUS, UNIT.LAST_CONFIRMED,
                        field("{0} - {1}", SQLDataType.INTEGER, val(today), UNIT.LAST_CONFIRMED))
                .from(UNIT)
                .where(UNIT.CAMPUS_ID.eq(campusId), UNIT.STATUS.in(UnitStatus.AVAILABLE.code(), UnitStatus.PLANNED.code()),
                        UNIT.LAST_CONFIRMED.lt(today.minusDays(freshDays)))
                .orderBy(UNIT.LAST_CONFIRMED.asc(), UNIT.ID.asc())
                .fetch(mapping(StaleUnitRow::new));
    }
}
