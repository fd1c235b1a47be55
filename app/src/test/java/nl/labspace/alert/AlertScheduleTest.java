package nl.labspace.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** Daily and weekly alerts go at their slot in Dutch time, summer or winter; instant ones at once. */
class AlertScheduleTest {

    private final AlertSchedule schedule = new AlertSchedule(new AlertSettings(false, Duration.ofMinutes(1),
            LocalTime.of(7, 0), DayOfWeek.MONDAY, 50, 500));

    @Test
    void instantIsNow() {
        OffsetDateTime now = OffsetDateTime.parse("2027-03-10T12:00:00Z");
        assertThat(schedule.nextDue("instant", now)).isEqualTo(now);
    }

    @Test
    void dailyIsTheNextSevenOClockInAmsterdam() {
        // 05:59 UTC in winter is 06:59 in Amsterdam: today at 07:00 (06:00 UTC)
        assertThat(schedule.nextDue("daily", OffsetDateTime.parse("2027-01-12T05:59:00Z")).toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-01-12T06:00:00Z").toInstant());
        // exactly at the slot: the next day's; in summer 07:00 is 05:00 UTC
        assertThat(schedule.nextDue("daily", OffsetDateTime.parse("2027-07-12T05:00:00Z")).toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-07-13T05:00:00Z").toInstant());
    }

    @Test
    void weeklyIsTheNextMondayAtSeven() {
        // Wednesday 10 March 2027 -> Monday 15 March, 07:00 CET
        assertThat(schedule.nextDue("weekly", OffsetDateTime.parse("2027-03-10T12:00:00Z")).toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-03-15T06:00:00Z").toInstant());
        // Monday after the slot -> the Monday after
        assertThat(schedule.nextDue("weekly", OffsetDateTime.parse("2027-03-15T09:00:00Z")).toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-03-22T06:00:00Z").toInstant());
    }
}
