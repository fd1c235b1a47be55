package nl.labspace.listing.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.campus.CampusRow;
import nl.labspace.db.listing.UnitRow;
import nl.labspace.db.listing.stats.ListingEventKind;
import nl.labspace.db.listing.stats.ListingStatsQuery;
import nl.labspace.db.listing.stats.UnitMonthCount;
import nl.labspace.listing.ListingService;

/** Reads a campus's counts in one snapshot and lays them out unit by unit, month by month, zeros filled in. */
@Singleton
class StatsReader {

    private record Cell(UUID unitId, LocalDate month, String kind) {
    }

    private final ListingStatsQuery query;
    private final ListingService listings;

    StatsReader(ListingStatsQuery query, ListingService listings) {
        this.query = query;
        this.listings = listings;
    }

    @Transactional(readOnly = true)
    CampusStatistics read(Viewer viewer, CampusRow campus, MonthSpan span) {
        Map<Cell, Long> counts = new HashMap<>();
        Stream.concat(query.events(campus.id(), span.firstDay(), span.endExclusive()).stream(),
                        query.proposals(campus.id(), span.firstDay(), span.endExclusive()).stream())
                .forEach(c -> counts.put(new Cell(c.unitId(), c.month(), c.kind()), c.count()));
        List<UnitStatistics> units = listings.ofCampus(viewer, campus.id()).stream()
                .map(u -> new UnitStatistics(u.id(), u.name(), u.status(), months(u, span, counts))).toList();
        return new CampusStatistics(campus.id(), campus.name(), span.first().toString(), span.last().toString(), units);
    }

    private static List<MonthFigures> months(UnitRow unit, MonthSpan span, Map<Cell, Long> counts) {
        return span.months().stream().map(m -> new MonthFigures(m.toString(),
                count(counts, unit, m, ListingEventKind.VIEW.code()),
                count(counts, unit, m, ListingEventKind.SEARCH_APPEARANCE.code()),
                count(counts, unit, m, ListingEventKind.ALERT_SENT.code()),
                count(counts, unit, m, ListingEventKind.ENQUIRY.code()),
                count(counts, unit, m, UnitMonthCount.PROPOSAL))).toList();
    }

    private static long count(Map<Cell, Long> counts, UnitRow unit, YearMonth month, String kind) {
        return counts.getOrDefault(new Cell(unit.id(), month.atDay(1), kind), 0L);
    }
}
