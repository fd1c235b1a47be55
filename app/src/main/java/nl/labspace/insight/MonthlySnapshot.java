package nl.labspace.insight;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * The monthly snapshot of the insight cube for trends: checked hourly (labspace.insight.month-snapshot, a cron
 * expression), written by the first check of a month that finds none, so a month is kept within the first hour the
 * application runs in it. Off when labspace.insight.month-snapshot-enabled is false, as in the tests.
 */
@Singleton
@Requires(property = "labspace.insight.month-snapshot-enabled", value = "true", defaultValue = "true")
class MonthlySnapshot {

    private final TrendRecorder recorder;

    MonthlySnapshot(TrendRecorder recorder) {
        this.recorder = recorder;
    }

    @Scheduled(cron = "${labspace.insight.month-snapshot:0 10 * * * *}")
    void check() {
        recorder.keepMonth();
    }
}
