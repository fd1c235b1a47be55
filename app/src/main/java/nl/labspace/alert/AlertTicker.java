package nl.labspace.alert;

import java.time.OffsetDateTime;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Runs the alert job on a fixed delay (labspace.alerts.every); off when labspace.alerts.schedule-enabled is false. */
@Singleton
@Requires(property = "labspace.alerts.schedule-enabled", value = "true", defaultValue = "true")
class AlertTicker {

    private final AlertJob job;

    AlertTicker(AlertJob job) {
        this.job = job;
    }

    @Scheduled(fixedDelay = "${labspace.alerts.every:1m}", initialDelay = "${labspace.alerts.every:1m}")
    void tick() {
        job.runDue(OffsetDateTime.now());
    }
}
