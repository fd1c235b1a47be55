package nl.labspace.alert;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import jakarta.inject.Singleton;
import nl.labspace.db.alert.SavedSearchStatus;
import nl.labspace.db.market.MarketDay;

/** When a saved search is next due: an instant one at once, a daily or weekly one at its next slot in Dutch time. */
@Singleton
class AlertSchedule {

    private static final ZoneId ZONE = ZoneId.of(MarketDay.ZONE);

    private final AlertSettings settings;

    AlertSchedule(AlertSettings settings) {
        this.settings = settings;
    }

    OffsetDateTime nextDue(String frequency, OffsetDateTime now) {
        ZonedDateTime here = now.atZoneSameInstant(ZONE);
        ZonedDateTime slot = here.with(settings.dailyAt());
        return switch (frequency) {
            case SavedSearchStatus.INSTANT -> now;
            case SavedSearchStatus.DAILY -> (slot.isAfter(here) ? slot : slot.plusDays(1)).toOffsetDateTime();
            case SavedSearchStatus.WEEKLY -> {
                ZonedDateTime weekly = slot.with(TemporalAdjusters.nextOrSame(settings.weeklyOn()));
                yield (weekly.isAfter(here) ? weekly : weekly.plusWeeks(1)).toOffsetDateTime();
            }
            default -> throw new IllegalArgumentException("no frequency " + frequency);
        };
    }
}
