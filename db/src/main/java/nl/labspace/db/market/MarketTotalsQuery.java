package nl.labspace.db.market;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;

import org.jooq.DSLContext;

/** Country-wide totals of published supply and open demand, as shown on the landing page. */
public final class MarketTotalsQuery {

    private final DSLContext dsl;

    public MarketTotalsQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public MarketTotals totals() {
        return dsl.select(
                        field(select(field("count(*)", Integer.class)).from("campus")),
                        field(select(field("count(*)", Integer.class)).from("unit").where("status = 'available'")),
                        field(select(field("coalesce(sum(lab_m2), 0)", Long.class)).from("unit").where("status = 'available'")),
                        field(select(field("count(*)", Integer.class)).from("unit").where("status = 'planned'")),
                        field(select(field("count(*)", Integer.class)).from("need").where("status = 'open'")),
                        field(select(field("coalesce(sum(lab_m2), 0)", Long.class)).from("need").where("status = 'open'")))
                .fetchSingle()
                .map(r -> new MarketTotals(r.get(0, Integer.class), r.get(1, Integer.class), r.get(2, Long.class),
                        r.get(3, Integer.class), r.get(4, Integer.class), r.get(5, Long.class)));
    }

    public record MarketTotals(int campuses, int availableUnits, long availableLabM2, int plannedUnits,
                               int openNeeds, long openNeedLabM2) {
    }
}
