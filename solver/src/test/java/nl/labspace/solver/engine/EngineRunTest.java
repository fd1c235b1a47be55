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

        long t0 = System.nanoTime();
        CompletableFuture<EngineRun> running = CompletableFuture.supplyAsync(() -> engine.run(market, null, options));
        assertThat(constructed.await(20, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(500);
        stop.stop();
        EngineRun run = running.get(20, TimeUnit.SECONDS);

        assertThat(System.nanoTime() - t0).isLessThan(Duration.ofSeconds(30).toNanos());
        assertThat(run.stoppedEarly()).isTrue();
        assertThat(run.score().hardScore()).isZero();
        assertThat(new SolutionValidator(market).validate(run.solution())).isEmpty();
    }

    @Test
    void aStopBeforeTheRunKeepsTheConstructionAndSkipsTheSearch() {
        MatchingInstance market = Facts.sample("sample-small");
        StopSignal stop = new StopSignal();
        stop.stop();
        List<Progress> seen = new CopyOnWriteArrayList<>();

        long t0 = System.nanoTime();
        EngineRun run = engine.run(market, null, RunOptions.of(Duration.ofSeconds(30), 42L).withStop(stop)
                .withListener(seen::add));

        assertThat(System.nanoTime() - t0).isLessThan(Duration.ofSeconds(10).toNanos());
        assertThat(run.stoppedEarly()).isTrue();
        assertThat(seen).isNotEmpty().allMatch(p -> p.phase() == Progress.Phase.CONSTRUCTION);
        assertThat(run.solution().assignments()).isNotEmpty();
        assertThat(new SolutionValidator(market).validate(run.solution())).isEmpty();
    }

    @Test
    void anUnimprovedLimitEndsASmallMarketWellBeforeItsBudget() {
        MatchingInstance market = Facts.sample("sample-tiny");

        long t0 = System.nanoTime();
        EngineRun run = engine.run(market, null, RunOptions.of(Duration.ofSeconds(60), 42L)
                .withUnimprovedFor(Duration.ofMillis(500)));

        assertThat(System.nanoTime() - t0).isLessThan(Duration.ofSeconds(15).toNanos());
        assertThat(run.stoppedEarly()).isFalse();
        // It ends half a second after its last improvement, give or take a step.
        assertThat(run.millisSpent() - run.lastImprovementMillis()).isBetween(400L, 3_000L);
        assertThat(new SolutionValidator(market).validate(run.solution())).isEmpty();
    }
}
