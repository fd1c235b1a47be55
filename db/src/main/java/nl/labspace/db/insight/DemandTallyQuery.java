package nl.labspace.db.insight;

import static nl.labspace.db.generated.Tables.NEED;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.sum;

import java.util.List;

import nl.labspace.db.market.NeedStatus;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Open demand per home region (the regions holding a need's preferred place; a need without one is the country's
 * unplaced part), by containment, GMP, move-in quarter (of the earliest move-in) and size band of lab + office m².
 * Confidential needs count like any other: only aggregates leave.
 */
public final class DemandTallyQuery {

    private final DSLContext dsl;

    public DemandTallyQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Tally> open(String period) {
        Field<String> moveIn = Facets.quarter(NEED.MOVE_IN_EARLIEST);
        Field<String> size = Facets.sizeBand(NEED.LAB_M2.plus(NEED.OFFICE_M2));
        return Tallies.of(dsl.select(NEED.COMPANY_ID, NEED.HOME_PROVINCE_CODE, Nesting.COROP.CODE, NEED.HOME_ROM_CODE,
                        NEED.CONTAINMENT, NEED.GMP, moveIn, size, count(), sum(NEED.LAB_M2), sum(NEED.OFFICE_M2))
                .from(NEED).leftJoin(Nesting.COROP).on(Nesting.coropIn(NEED.HOME_COROP_CODE, NEED.HOME_PROVINCE_CODE))
                .where(NEED.STATUS.eq(NeedStatus.OPEN.code()))
                .groupBy(NEED.COMPANY_ID, NEED.HOME_PROVINCE_CODE, Nesting.COROP.CODE, NEED.HOME_ROM_CODE,
                        NEED.CONTAINMENT, NEED.GMP, moveIn, size)
                .fetch(r -> new Fact(r.value1(), r.value2(), r.value3(), r.value4(), List.of(period),
                        List.of(CellKey.ALL, Facets.of(Facets.CONTAINMENT, r.value5()), Facets.of(Facets.GMP, r.value6()),
                                Facets.of(Facets.MOVE_IN, r.value7()), Facets.of(Facets.SIZE, r.value8())),
                        r.value9(), r.value10().longValue(), r.value11().longValue())));
    }
}
