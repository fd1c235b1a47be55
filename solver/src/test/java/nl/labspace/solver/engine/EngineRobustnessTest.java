package nl.labspace.solver.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;

import nl.labspace.solver.Facts;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.validate.SolutionValidator;

/**
 * FULL_ASSERT recomputes the score from scratch after every move and checks every undo: it catches a custom move
 * that forgets to notify the score director or a constraint whose incremental score drifts.
 */
class EngineRobustnessTest {

    @Test
    void fullAssertFindsNoScoreCorruptionOnTheSmallSample() {
        MatchingInstance instance = Facts.sample("sample-small");
        MatchingEngine engine = new MatchingEngine(EngineSettings.DEFAULT.withEnvironmentMode(EnvironmentMode.FULL_ASSERT));

        EngineRun run = engine.run(instance, null, Duration.ofSeconds(3), 7L);

        assertThat(run.score().hardScore()).isZero();
        assertThat(new SolutionValidator(instance).validate(run.solution())).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSamePlanWhenTheSearchIsBoundedBySteps() {
        // A wall-clock budget ends after a varying number of steps; a step limit makes the whole search repeatable.
        MatchingPlan problem = new MatchingEngine().prepare(Facts.sample("sample-medium"), null);
        MatchingSolution a = solveSteps(problem, 1L);
        MatchingSolution b = solveSteps(problem, 1L);
        MatchingSolution other = solveSteps(problem, 2L);

        assertThat(a).isEqualTo(b);
        assertThat(other).isNotEqualTo(a);
    }

    @Test
    void aZeroBudgetStillBuildsTheGreedyPlan() {
        MatchingInstance instance = Facts.sample("sample-small");

        MatchingSolution greedy = new MatchingEngine().solve(instance, Duration.ZERO, 1L);

        assertThat(greedy.assignments()).isNotEmpty();
        assertThat(new SolutionValidator(instance).validate(greedy)).isEmpty();
    }

    private static MatchingSolution solveSteps(MatchingPlan problem, long seed) {
        SolverFactory<MatchingPlan> factory = SolverFactory.create(SolverConfigs.ofSteps(EngineSettings.DEFAULT, 3_000, seed));
        return MatchingEngine.toSolution(factory.buildSolver().solve(problem));
    }
}
