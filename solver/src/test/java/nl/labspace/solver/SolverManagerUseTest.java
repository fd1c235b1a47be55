package nl.labspace.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.api.solver.SolverManager;

import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.engine.MatchingEngine;
import nl.labspace.solver.engine.MatchingPlan;
import nl.labspace.solver.engine.Progress;
import nl.labspace.solver.validate.SolutionValidator;

/**
 * The app's situation, outside the engine's package: a SolverManager it builds itself from the engine's public
 * pieces solves a prepared plan, each best plan reads as progress and the final one as a solution.
 */
class SolverManagerUseTest {

    private final MatchingEngine engine = new MatchingEngine();

    @Test
    void aSolverManagerBuiltFromThePublicPiecesSolvesAPreparedPlan() throws Exception {
        MatchingInstance market = Facts.sample("sample-tiny");
        MatchingPlan problem = engine.prepare(market, null);
        List<Progress> seen = new CopyOnWriteArrayList<>();

        MatchingPlan best;
        try (SolverManager<MatchingPlan, Long> manager = SolverManager.create(
                engine.solverConfig(Duration.ofSeconds(30), 42L, Duration.ofMillis(500)))) {
            SolverJob<MatchingPlan, Long> job = manager.solveAndListen(1L, id -> problem,
                    plan -> seen.add(Progress.of(plan, 0)));
            best = job.getFinalBestSolution();
            // The unimproved limit ended it, not the 30 s budget (how much sooner depends on the machine's load).
            assertThat(job.getSolvingDuration()).isLessThan(Duration.ofSeconds(30));
        }
        MatchingSolution solution = MatchingEngine.toSolution(best);

        assertThat(new SolutionValidator(market).validate(solution)).isEmpty();
        assertThat(seen).isNotEmpty().allMatch(Progress::feasible);
        assertThat(Progress.of(best, 0).unservedM2()).isEqualTo(solution.unservedM2());
    }
}
