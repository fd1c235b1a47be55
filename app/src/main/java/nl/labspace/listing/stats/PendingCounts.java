package nl.labspace.listing.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import nl.labspace.db.listing.stats.DayCount;
import nl.labspace.db.listing.stats.ListingEventKind;

/**
 * Counts not yet written, added on the request path without any I/O or lock (one map update per unit) and taken
 * out by the writer: a count added while it drains stays for the next drain, none is lost or taken twice.
 */
final class PendingCounts {

    private record Key(UUID unitId, LocalDate day, ListingEventKind kind) {
    }

    private final Map<Key, Long> counts = new ConcurrentHashMap<>();

    void add(UUID unitId, LocalDate day, ListingEventKind kind, long events) {
        counts.merge(new Key(unitId, day, kind), events, Long::sum);
    }

    /** Takes every count out; each (unit, day, kind) once. */
    List<DayCount> drain() {
        List<DayCount> taken = new ArrayList<>();
        for (Key key : counts.keySet()) {
            Long events = counts.remove(key);
            if (events != null) {
                taken.add(new DayCount(key.unitId(), key.day(), key.kind(), events));
            }
        }
        return taken;
    }

    /** Puts counts back after a failed write, for the next one. */
    void putBack(Collection<DayCount> failed) {
        failed.forEach(c -> add(c.unitId(), c.day(), c.kind(), c.events()));
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }
}
