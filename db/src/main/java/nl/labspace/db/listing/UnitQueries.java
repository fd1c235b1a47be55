package nl.labspace.db.listing;

import static nl.labspace.db.generated.Tables.UNIT;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.labspace.db.Gis;
import nl.labspace.db.market.UnitStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads units by campus or id. */
public final class UnitQueries {

    private final DSLContext dsl;

    public UnitQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<UnitRow> ofCampus(String campusId, boolean includeWithdrawn) {
        Condition status = includeWithdrawn ? org.jooq.impl.DSL.noCondition() : UNIT.STATUS.ne(UnitStatus.WITHDRAWN.code());
        return dsl.select(UNIT.asterisk(), Gis.textArray(UNIT.FEATURES).as("feature_list"),
                        Gis.textArray(UNIT.RENT_COVERS).as("cover_list")).from(UNIT)
                .where(UNIT.CAMPUS_ID.eq(campusId), status).orderBy(UNIT.NAME, UNIT.ID).fetch(UnitQueries::row);
    }

    public Optional<UnitRow> find(UUID id) {
        return dsl.select(UNIT.asterisk(), Gis.textArray(UNIT.FEATURES).as("feature_list"),
                        Gis.textArray(UNIT.RENT_COVERS).as("cover_list")).from(UNIT)
                .where(UNIT.ID.eq(id)).fetchOptional(UnitQueries::row);
    }

    static UnitRow row(Record r) {
        return new UnitRow(r.get(UNIT.ID), r.get(UNIT.CAMPUS_ID), r.get(UNIT.NAME), r.get(UNIT.LAB_M2),
                r.get(UNIT.OFFICE_M2), r.get(UNIT.CONTAINMENT), r.get(UNIT.GMP),
                Arrays.asList(r.get("feature_list", String[].class)), r.get(UNIT.AVAILABLE_FROM),
                r.get(UNIT.AVAILABLE_UNTIL), r.get(UNIT.RENT_PER_M2_YEAR), r.get(UNIT.MIN_TERM_MONTHS),
                r.get(UNIT.MAX_TERM_MONTHS), r.get(UNIT.STATUS), r.get(UNIT.DELIVERY_MONTH), r.get(UNIT.LAST_CONFIRMED),
                r.get(UNIT.VERSION), Arrays.asList(r.get("cover_list", String[].class)));
    }
}
