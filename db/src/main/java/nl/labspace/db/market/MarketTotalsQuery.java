package nl.labspace.db.market;

import static nl.labspace.db.generated.Tables.CAMPUS;
import static nl.labspace.db.generated.Tables.NEED;
import static nl.labspace.db.generated.Tables.UNIT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.labspace.db.listing.Supply;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Country-wide totals of published supply (fresh units only, as search shows them) and open demand. */
public final class MarketTotalsQuery {

    private final DSLContext dsl;

    public MarketTotalsQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public MarketTotals totals(LocalDate confirmedSince) {
        Condition available = UNIT.STATUS.eq(UnitStatus.AVAILABLE.code()).and(Supply.fresh(confirmedSince));
        Condition planned = UNIT.STATUS.eq(UnitStatus.PLANNED.code()).and(Supply.fresh(confirmedSince));
        Condition open = NEED.STATUS.eq(NeedStatus.OPEN.code());
        return dsl.select(
                        field(select(count()).from(CAMPUS)),
                        field(select(count()).from(UNIT).where(available)),
                        coalesce(field(select(sum(UNIT.LAB_M2)).from(UNIT).where(available)), val(BigDecimal.ZERO)),
                        field(select(count()).from(UNIT).where(planned)),
                        field(select(count()).from(NEED).where(open)),
                        coalesce(field(select(sum(NEED.LAB_M2)).from(NEED).where(open)), val(BigDecimal.ZERO)))
                .fetchSingle()
                .map(r -> new MarketTotals(r.get(0, Integer.class), r.get(1, Integer.class), r.get(2, Long.class),
                        r.get(3, Integer.class), r.get(4, Integer.class), r.get(5, Long.class)));
    }

    public record MarketTotals(int campuses, int availableUnits, long availableLabM2, int plannedUnits,
                               int openNeeds, long openNeedLabM2) {
    }
}
