package nl.labspace.solver.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import nl.labspace.solver.Facts;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.validate.SolutionValidator;

/** A run reports its progress, stops when told and ends early once it stops improving. */
class EngineRunTest {

    private final MatchingEngine engine = new MatchingEngine();

    @Test
    void theListenerSeesTheConstructionThenEveryImprovementOfTheSearch() {
        MatchingInstance market = Facts.sample("sample-small");
        List<Progress> seen = new CopyOnWriteArrayList<>();

        EngineRun run = engine.run(market, null, RunOptions.of(Duration.ofSeconds(3), 42L).withListener(seen::add));

        assertThat(seen).hasSize(run.improvements()).isNotEmpty();
        assertThat(seen.get(0).phase()).isEqualTo(Progress.Phase.CONSTRUCTION);
        assertThat(seen).anyMatch(p -> p.phase() == Progress.Phase.SEARCH);
        assertThat(seen).allMatch(Progress::feasible).allMatch(p -> p.totalNeeds() == market.needs().size());
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i).unservedM2()).isLessThanOrEqualTo(seen.get(i - 1).unservedM2());
            assertThat(seen.get(i).elapsedMillis()).isGreaterThanOrEqualTo(seen.get(i - 1).elapsedMillis());
        }
        Progress last = seen.get(seen.size() - 1);
        assertThat(last.unservedM2()).isEqualTo(run.solution().unservedM2());
        assertThat(last.matchedNeeds()).isEqualTo(run.solution().assignments().size());
    }

    @Test
    void aStopFromAnotherThreadEndsTheRunEarlyAndKeepsAValidBest() throws Exception {
        MatchingInstance market = Facts.sample("sample-medium");
        StopSignal stop = new StopSignal();
        CountDownLatch constructed = new CountDownLatch(1);
        RunOptions options = RunOptions.of(Duration.ofSeconds(60), 42L).withStop(stop)
                .withListener(p -> constructed.countDown());

        CompletableFuture<EngineRun> running = CompletableFuture.supplyAsync(() -> engine.run(market, null, options));
        assertThat(constructed.await(20, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(500);
        stop.stop();
        EngineRun run = running.get(20, TimeUnit.SECONDS);

        assertThat(run.stoppedEarly()).as("the stop ended it, not its 60 s budget").isTrue();
        assertThat(run.score().hardScore()).isZero();
        assertThat(new SolutionValidator(market).validate(run.solution())).isEmpty();
    }

    @Test
    void aStopBeforeTheRunKeepsTheConstructionAndSkipsTheSearch() {
        MatchingInstance market = Facts.sample("sample-small");
        StopSignal stop = new StopSignal();
        stop.stop();
        List<Progress> seen = new CopyOnWriteArrayList<>();

        EngineRun run = engine.run(market, null, RunOptions.of(Duration.ofSeconds(30), 42L).withStop(stop)
                .withListener(seen::add));

        assertThat(run.stoppedEarly()).isTrue();
        assertThat(seen).isNotEmpty().allMatch(p -> p.phase() == Progress.Phase.CONSTRUCTION);
        assertThat(run.solution().assignments()).isNotEmpty();
        assertThat(new SolutionValidator(market).validate(run.solution())).isEmpty();
    }

    @Test
    void anUnimprovedLimitEndsASmallMarketWellBeforeItsBudget() {
        MatchingInstance market = Facts.sample("sample-tiny");

        EngineRun run = engine.run(market, null, RunOptions.of(Duration.ofSeconds(60), 42L)
                .withUnimprovedFor(Duration.ofMillis(500)));

        // Judged by the run's own clock against its budget, not by how fast this machine is at the moment: it ended
        // once half a second passed without improvement, before the 60 s ran out.
        assertThat(run.stoppedEarly()).isFalse();
        assertThat(run.millisSpent()).isLessThan(Duration.ofSeconds(60).toMillis());
        assertThat(run.millisSpent() - run.lastImprovementMillis()).isGreaterThanOrEqualTo(400L);
        assertThat(new SolutionValidator(market).validate(run.solution())).isEmpty();
    }
}
