package nl.labspace.db.whatif;

import static nl.labspace.db.generated.Tables.NEED;
import static org.jooq.impl.DSL.field;

import java.util.List;
import java.util.Optional;

import nl.labspace.db.Gis;
import nl.labspace.db.market.NeedStatus;
import org.jooq.DSLContext;
import org.jooq.impl.SQLDataType;

/** What a scenario needs to know of the market besides the matching facts: where needs are homed, where a point lies. */
public final class WhatIfMarketQuery {

    private final DSLContext dsl;

    public WhatIfMarketQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The home province and COROP region of every open need (the needs a national run matches). */
    public List<NeedHome> openNeedHomes() {
        return dsl.select(NEED.ID, NEED.HOME_PROVINCE_CODE, NEED.HOME_COROP_CODE).from(NEED)
                .where(NEED.STATUS.eq(NeedStatus.OPEN.code())).orderBy(NEED.ID)
                .fetch(r -> new NeedHome(r.value1(), r.value2(), r.value3()));
    }

    /** The regions that hold a point, as a campus there would get them; empty outside the Netherlands. */
    public Optional<PlaceRegions> regionsAt(double lat, double lon) {
        var point = Gis.point(lon, lat);
        var found = dsl.select(field("region_of({0}, 'province')", SQLDataType.VARCHAR, point),
                        field("region_of({0}, 'corop')", SQLDataType.VARCHAR, point),
                        field("region_of({0}, 'rom')", SQLDataType.VARCHAR, point))
                .fetchOne();
        return found == null || found.value1() == null || found.value2() == null || found.value3() == null
                ? Optional.empty() : Optional.of(new PlaceRegions(found.value1(), found.value2(), found.value3()));
    }
}
