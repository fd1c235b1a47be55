package nl.labspace.db.search;

import static nl.labspace.db.generated.Tables.REGION;
import static org.jooq.Records.mapping;

import java.util.List;

import org.jooq.DSLContext;

/** The region codes a search may filter on; the boundaries ship with the migrations and never change at run time. */
public final class RegionRefQuery {

    private final DSLContext dsl;

    public RegionRefQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<RegionRef> all() {
        return dsl.select(REGION.CODE, REGION.KIND, REGION.PROVINCE_CODE, REGION.ROM_CODE, REGION.NAME)
                .from(REGION).orderBy(REGION.CODE)
                .fetch(mapping(RegionRef::new));
    }
}
