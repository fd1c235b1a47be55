package nl.labspace.db.insight;

import static nl.labspace.db.generated.Tables.CAMPUS;
import static nl.labspace.db.generated.Tables.UNIT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;

import java.time.LocalDate;
import java.util.List;

import nl.labspace.db.listing.Supply;
import nl.labspace.db.market.UnitStatus;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Published supply per region of its campus, as search shows it (fresh units only, Supply.fresh): space available now
 * by containment and GMP, and the pipeline (planned units) by delivery quarter and whether it is due within 18 months.
 * Campuses publish it, so no company stands behind it.
 */
public final class SupplyTallyQuery {

    private final DSLContext dsl;

    public SupplyTallyQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Available units; facets all, containment:*, gmp:*. */
    public List<Tally> available(String period, LocalDate confirmedSince) {
        return Tallies.of(dsl.select(CAMPUS.PROVINCE_CODE, Nesting.COROP.CODE, CAMPUS.ROM_CODE, UNIT.CONTAINMENT, UNIT.GMP,
                        count(), sum(UNIT.LAB_M2), sum(UNIT.OFFICE_M2))
                .from(UNIT).join(CAMPUS).on(CAMPUS.ID.eq(UNIT.CAMPUS_ID))
                .leftJoin(Nesting.COROP).on(Nesting.coropIn(CAMPUS.COROP_CODE, CAMPUS.PROVINCE_CODE))
                .where(UNIT.STATUS.eq(UnitStatus.AVAILABLE.code()), Supply.fresh(confirmedSince))
                .groupBy(CAMPUS.PROVINCE_CODE, Nesting.COROP.CODE, CAMPUS.ROM_CODE, UNIT.CONTAINMENT, UNIT.GMP)
                .fetch(r -> new Fact(null, r.value1(), r.value2(), r.value3(), List.of(period),
                        List.of(CellKey.ALL, Facets.of(Facets.CONTAINMENT, r.value4()), Facets.of(Facets.GMP, r.value5())),
                        r.value6(), r.value7().longValue(), r.value8().longValue())));
    }

    /** Planned units; facets all, delivery:YYYY-Qn, and due:within-18m for those delivered before dueBefore. */
    public List<Tally> pipeline(String period, LocalDate confirmedSince, LocalDate dueBefore) {
        Field<String> quarter = Facets.quarter(UNIT.DELIVERY_MONTH);
        Field<Boolean> due = UNIT.DELIVERY_MONTH.lt(inline(dueBefore)); // inline: a bind value would make GROUP BY differ from SELECT
        return Tallies.of(dsl.select(CAMPUS.PROVINCE_CODE, Nesting.COROP.CODE, CAMPUS.ROM_CODE, quarter, due,
                        count(), sum(UNIT.LAB_M2), sum(UNIT.OFFICE_M2))
                .from(UNIT).join(CAMPUS).on(CAMPUS.ID.eq(UNIT.CAMPUS_ID))
                .leftJoin(Nesting.COROP).on(Nesting.coropIn(CAMPUS.COROP_CODE, CAMPUS.PROVINCE_CODE))
                .where(UNIT.STATUS.eq(UnitStatus.PLANNED.code()), Supply.fresh(confirmedSince))
                .groupBy(CAMPUS.PROVINCE_CODE, Nesting.COROP.CODE, CAMPUS.ROM_CODE, quarter, due)
                .fetch(r -> new Fact(null, r.value1(), r.value2(), r.value3(), List.of(period),
                        Boolean.TRUE.equals(r.value5())
                                ? List.of(CellKey.ALL, Facets.of(Facets.DELIVERY, r.value4()), Facets.of(Facets.DUE, Facets.DUE_WITHIN_18M))
                                : List.of(CellKey.ALL, Facets.of(Facets.DELIVERY, r.value4())),
                        r.value6(), r.value7().longValue(), r.value8().longValue())));
    }
}
