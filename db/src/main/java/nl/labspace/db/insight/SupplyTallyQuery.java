package nl.labspace.db.insight;

import static nl.labspace.db.generated.Tables.CAMPUS;
import static nl.labspace.db.generated.Tables.UNIT;
import static nl.labspace.db.insight.Tallies.as;
import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.unnest;
import static org.jooq.impl.DSL.when;

import java.time.LocalDate;
import java.util.List;

import nl.labspace.db.listing.Supply;
import nl.labspace.db.market.UnitStatus;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * Published supply per region of its campus, as search shows it (fresh units only, Supply.fresh): space available now
 * by containment and GMP, and the pipeline (planned units) by delivery quarter and whether it is due within 18 months.
 * Campuses publish it, so no company stands behind it.
 */
public final class SupplyTallyQuery {

    private static final Field<String> FACET = org.jooq.impl.DSL.field(name("f", Tallies.FACET), SQLDataType.VARCHAR);

    private final DSLContext dsl;

    public SupplyTallyQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Available units; facets all, containment:*, gmp:*. */
    public List<Tally> available(String period, LocalDate confirmedSince) {
        Table<?> facets = unnest(array(Facets.all(), Facets.facet(Facets.CONTAINMENT, UNIT.CONTAINMENT),
                Facets.facet(Facets.GMP, UNIT.GMP))).as("f", Tallies.FACET);
        return units(period, facets, UnitStatus.AVAILABLE, confirmedSince);
    }

    /** Planned units; facets all, delivery:YYYY-Qn, and due:within-18m for those delivered before dueBefore. */
    public List<Tally> pipeline(String period, LocalDate confirmedSince, LocalDate dueBefore) {
        Field<String> due = when(UNIT.DELIVERY_MONTH.lt(dueBefore), inline(Facets.of(Facets.DUE, Facets.DUE_WITHIN_18M)));
        Table<?> facets = unnest(array(Facets.all(), Facets.facet(Facets.DELIVERY, Facets.quarter(UNIT.DELIVERY_MONTH)), due))
                .as("f", Tallies.FACET);
        return units(period, facets, UnitStatus.PLANNED, confirmedSince);
    }

    private List<Tally> units(String period, Table<?> facets, UnitStatus status, LocalDate confirmedSince) {
        return Tallies.of(dsl, dsl.select(as(castNull(SQLDataType.UUID), Tallies.COMPANY),
                        as(CAMPUS.PROVINCE_CODE, Tallies.PROVINCE), as(CAMPUS.COROP_CODE, Tallies.COROP),
                        as(CAMPUS.ROM_CODE, Tallies.ROM), as(inline(period), Tallies.PERIOD), as(FACET, Tallies.FACET),
                        as(UNIT.LAB_M2, Tallies.LAB), as(UNIT.OFFICE_M2, Tallies.OFFICE))
                .from(UNIT).join(CAMPUS).on(CAMPUS.ID.eq(UNIT.CAMPUS_ID)).crossJoin(facets)
                .where(UNIT.STATUS.eq(status.code()), Supply.fresh(confirmedSince), FACET.isNotNull()));
    }
}
