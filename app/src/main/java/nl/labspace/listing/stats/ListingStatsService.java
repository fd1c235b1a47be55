package nl.labspace.listing.stats;

import java.time.YearMonth;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.campus.CampusRow;
import nl.labspace.listing.ManagedUnits;

/**
 * A campus's listing statistics for its managers (admins: any campus; another campus answers 404 as if it did not
 * exist). The counts still in memory are written first, so the figures include the last seconds.
 */
@Singleton
public class ListingStatsService {

    private final ManagedUnits managed;
    private final ListingEvents events;
    private final StatsReader reader;
    private final StatsDay day;

    ListingStatsService(ManagedUnits managed, ListingEvents events, StatsReader reader, StatsDay day) {
        this.managed = managed;
        this.events = events;
        this.reader = reader;
        this.day = day;
    }

    public CampusStatistics of(Viewer viewer, String campusId, @Nullable String from, @Nullable String to) {
        CampusRow campus = managed.campus(viewer, campusId);
        MonthSpan span = MonthSpan.parse(from, to, YearMonth.from(day.today()));
        events.flush();
        return reader.read(viewer, campus, span);
    }
}
