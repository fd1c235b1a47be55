package nl.labspace.alert;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * labspace.alerts: when saved-search alerts go out. Instant alerts go at the job's next tick after the change
 * commits (every `every`); daily ones at `daily-at` (Dutch time), weekly ones on `weekly-on` at that time.
 * `mail-list-limit` units (or needs) are listed in a mail, the rest behind its link to the full list.
 * `schedule-enabled: false` stops the scheduled job (tests call AlertJob.runDue themselves).
 */
@ConfigurationProperties("labspace.alerts")
record AlertSettings(@Bindable(defaultValue = "true") boolean scheduleEnabled,
                     @Bindable(defaultValue = "1m") Duration every,
                     @Bindable(defaultValue = "07:00") LocalTime dailyAt,
                     @Bindable(defaultValue = "MONDAY") DayOfWeek weeklyOn,
                     @Bindable(defaultValue = "50") @Min(1) @Max(500) int mailListLimit,
                     @Bindable(defaultValue = "500") @Min(1) int searchesPerRun) {
}
