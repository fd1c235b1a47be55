package nl.labspace.matching;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import nl.labspace.db.matching.MarketScope;
import nl.labspace.web.Conflict;

/**
 * The scheduled national run (labspace.matching.schedule, a cron expression; nightly at 02:00 by default). Off
 * when labspace.matching.schedule-enabled is false, as in the tests. A national run still solving is left alone.
 */
@Singleton
@Requires(property = "labspace.matching.schedule-enabled", value = "true", defaultValue = "true")
class NightlyRun {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NightlyRun.class);

    private final MatchingRuns runs;
    private final MatchingConfiguration config;

    NightlyRun(MatchingRuns runs, MatchingConfiguration config) {
        this.runs = runs;
        this.config = config;
    }

    @Scheduled(cron = "${labspace.matching.schedule:0 0 2 * * *}")
    void national() {
        try {
            runs.start(new MarketScope(null), config.nationalBudgetSeconds(), MatchingRuns.defaultSeed(), null, "schedule");
        } catch (Conflict e) {
            LOG.info("scheduled national run skipped: {}", e.getMessage());
        }
    }
}
