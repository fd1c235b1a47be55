package nl.labspace.listing.stats;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import nl.labspace.db.listing.stats.ListingEventStore;
import nl.labspace.db.listing.stats.ListingStatsQuery;
import org.jooq.DSLContext;

/** The statistics' query classes from the db module, over the transaction-bound DSLContext. */
@Factory
class StatsQueryFactory {

    @Singleton
    ListingEventStore listingEventStore(DSLContext dsl) {
        return new ListingEventStore(dsl);
    }

    @Singleton
    ListingStatsQuery listingStatsQuery(DSLContext dsl) {
        return new ListingStatsQuery(dsl);
    }
}
