package nl.labspace.listing.stats;

import java.util.List;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.listing.stats.DayCount;
import nl.labspace.db.listing.stats.ListingEventStore;

/** Writes counts in the caller's transaction when there is one (an enquiry's, an alert's), else in its own. */
@Singleton
class EventWriter {

    private final ListingEventStore store;

    EventWriter(ListingEventStore store) {
        this.store = store;
    }

    @Transactional
    void write(List<DayCount> counts) {
        store.add(counts);
    }
}
