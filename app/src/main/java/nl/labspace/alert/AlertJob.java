package nl.labspace.alert;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the alerts that are due: every active instant search, and daily and weekly ones whose slot has come. Each
 * search runs in its own transaction, so one failing search (logged with its id) holds up no other. Tests call
 * runDue themselves (labspace.alerts.schedule-enabled: false), so nothing waits on a clock.
 */
@Singleton
public class AlertJob {

    private static final Logger LOG = LoggerFactory.getLogger(AlertJob.class);

    private final AlertRun run;
    private final AlertSchedule schedule;
    private final AlertSettings settings;

    AlertJob(AlertRun run, AlertSchedule schedule, AlertSettings settings) {
        this.run = run;
        this.schedule = schedule;
        this.settings = settings;
    }

    /** The alerts sent (their ids) for the searches due at now. */
    public List<UUID> runDue(OffsetDateTime now) {
        List<UUID> sent = new ArrayList<>();
        for (UUID id : run.due(now, settings.searchesPerRun())) {
            try {
                run.run(id, now, frequency -> schedule.nextDue(frequency, now)).ifPresent(sent::add);
            } catch (RuntimeException e) {
                LOG.error("alert of saved search {} failed; it stays due and is tried again at the next run", id, e);
            }
        }
        return sent;
    }
}
