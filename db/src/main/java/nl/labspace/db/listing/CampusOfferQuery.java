package nl.labspace.db.listing;

import static nl.labspace.db.generated.Tables.CAMPUS;
import static nl.labspace.db.generated.Tables.UNIT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;

import java.time.LocalDate;
import java.util.List;

import nl.labspace.db.Gis;
import nl.labspace.db.market.UnitStatus;
import org.jooq.DSLContext;

/** Every campus with the lab m² on offer now (available and fresh: Supply), for the landing page's map. */
public final class CampusOfferQuery {

    private final DSLContext dsl;

    public CampusOfferQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<CampusOffer> all(LocalDate confirmedSince) {
        return dsl.select(CAMPUS.ID, CAMPUS.NAME, CAMPUS.CITY, Gis.lat(CAMPUS.LOCATION), Gis.lon(CAMPUS.LOCATION),
                        coalesce(sum(UNIT.LAB_M2), inline(java.math.BigDecimal.ZERO)).cast(Integer.class), count(UNIT.ID))
                .from(CAMPUS)
                .leftJoin(UNIT).on(UNIT.CAMPUS_ID.eq(CAMPUS.ID), UNIT.STATUS.eq(inline(UnitStatus.AVAILABLE.code())),
                        Supply.fresh(confirmedSince))
                .groupBy(CAMPUS.ID)
                .orderBy(CAMPUS.NAME)
                .fetch(mapping(CampusOffer::new));
    }
}
