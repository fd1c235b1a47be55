package nl.labspace.db.listing.stats;

import java.time.LocalDate;
import java.util.UUID;

/** How many events of a kind a unit had on a Dutch calendar day. */
public record DayCount(UUID unitId, LocalDate day, ListingEventKind kind, long events) {

    public DayCount {
        if (events <= 0) {
            throw new IllegalArgumentException("a count of %d events is nothing to add".formatted(events));
        }
    }
}
