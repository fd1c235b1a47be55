package nl.labspace.db.insight;

import static nl.labspace.db.generated.Tables.NEED;
import static nl.labspace.db.insight.Tallies.as;
import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.unnest;

import java.util.List;

import nl.labspace.db.market.NeedStatus;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * Open demand per home region (the regions holding a need's preferred place; a need without one is the country's
 * unplaced part), by containment, GMP, move-in quarter (of the earliest move-in) and size band of lab + office m².
 * Confidential needs count like any other: only aggregates leave.
 */
public final class DemandTallyQuery {

    private static final Field<String> FACET = field(name("f", Tallies.FACET), SQLDataType.VARCHAR);

    private final DSLContext dsl;

    public DemandTallyQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Tally> open(String period) {
        Table<?> facets = unnest(array(Facets.all(), Facets.facet(Facets.CONTAINMENT, NEED.CONTAINMENT),
                Facets.facet(Facets.GMP, NEED.GMP), Facets.facet(Facets.MOVE_IN, Facets.quarter(NEED.MOVE_IN_EARLIEST)),
                Facets.sizeBand(NEED.LAB_M2.plus(NEED.OFFICE_M2)))).as("f", Tallies.FACET);
        return Tallies.of(dsl, dsl.select(as(NEED.COMPANY_ID, Tallies.COMPANY), as(NEED.HOME_PROVINCE_CODE, Tallies.PROVINCE),
                        as(NEED.HOME_COROP_CODE, Tallies.COROP), as(NEED.HOME_ROM_CODE, Tallies.ROM),
                        as(inline(period), Tallies.PERIOD), as(FACET, Tallies.FACET), as(NEED.LAB_M2, Tallies.LAB),
                        as(NEED.OFFICE_M2, Tallies.OFFICE))
                .from(NEED).crossJoin(facets)
                .where(NEED.STATUS.eq(NeedStatus.OPEN.code())));
    }
}
