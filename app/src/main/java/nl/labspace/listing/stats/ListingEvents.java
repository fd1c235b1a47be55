package nl.labspace.listing.stats;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import nl.labspace.db.listing.stats.DayCount;
import nl.labspace.db.listing.stats.ListingEventKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts what happens to units, per Dutch calendar day (Contract 2 of issue 19; README, "Listing statistics").
 * Views and search appearances come with page and search requests, so they are counted in memory (no I/O on the
 * request) and written in one statement every few seconds (labspace.stats.flush-interval), at shutdown, and before
 * statistics are read. Alerts sent and enquiries are rare and belong to a transaction: record joins the caller's
 * transaction, so they count if and only if the alert or enquiry commits.
 */
@Singleton
public class ListingEvents {

    /** The kinds counted in memory and written in batches. */
    static final Set<ListingEventKind> BATCHED = EnumSet.of(ListingEventKind.VIEW, ListingEventKind.SEARCH_APPEARANCE);

    private static final Logger LOG = LoggerFactory.getLogger(ListingEvents.class);

    private final PendingCounts pending = new PendingCounts();
    private final EventWriter writer;
    private final StatsDay day;
    private final DailyVisitors visitors;

    ListingEvents(EventWriter writer, StatsDay day, DailyVisitors visitors) {
        this.writer = writer;
        this.day = day;
        this.visitors = visitors;
    }

    /** Counts one event of a kind for a unit today. */
    public void record(UUID unitId, ListingEventKind kind) {
        recordAll(List.of(unitId), kind);
    }

    /** Counts one event of a kind for each unit named (a unit named twice counts twice), today. */
    public void recordAll(Collection<UUID> unitIds, ListingEventKind kind) {
        if (unitIds.isEmpty()) {
            return;
        }
        LocalDate today = day.today();
        if (BATCHED.contains(kind)) {
            unitIds.forEach(id -> pending.add(id, today, kind, 1));
            return;
        }
        Map<UUID, Long> perUnit = unitIds.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        writer.write(perUnit.entrySet().stream().map(e -> new DayCount(e.getKey(), today, kind, e.getValue())).toList());
    }

    /** Writes the counts held in memory; on failure keeps them for the next time. Also ends the visitors' past day. */
    @Scheduled(fixedDelay = "${labspace.stats.flush-interval:10s}", initialDelay = "${labspace.stats.flush-interval:10s}")
    public void flush() {
        visitors.forgetBefore(day.today());
        if (pending.isEmpty()) {
            return;
        }
        List<DayCount> counts = pending.drain();
        try {
            writer.write(counts);
        } catch (RuntimeException e) {
            pending.putBack(counts);
            LOG.warn("listing statistics: {} counts kept in memory for the next write: {}", counts.size(), e.toString());
        }
    }

    @PreDestroy
    void close() {
        flush();
    }
}
