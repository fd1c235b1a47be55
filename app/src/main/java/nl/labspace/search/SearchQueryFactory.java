package nl.labspace.search;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import nl.labspace.db.search.DemandSearchQuery;
import nl.labspace.db.search.RegionRefQuery;
import nl.labspace.db.search.SpaceSearchQuery;
import nl.labspace.db.search.StaleUnitsQuery;
import org.jooq.DSLContext;

/** Makes the search query classes of the db module injectable. */
@Factory
class SearchQueryFactory {

    @Singleton
    SpaceSearchQuery spaceSearchQuery(DSLContext dsl) {
        return new SpaceSearchQuery(dsl);
    }

    @Singleton
    DemandSearchQuery demandSearchQuery(DSLContext dsl) {
        return new DemandSearchQuery(dsl);
    }

    @Singleton
    StaleUnitsQuery staleUnitsQuery(DSLContext dsl) {
        return new StaleUnitsQuery(dsl);
    }

    @Singleton
    RegionRefQuery regionRefQuery(DSLContext dsl) {
        return new RegionRefQuery(dsl);
    }
}
