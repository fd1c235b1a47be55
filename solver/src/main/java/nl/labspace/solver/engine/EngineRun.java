package nl.labspace.solver.engine;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import nl.labspace.solver.domain.MatchingSolution;

/**
 * One solve: the result, its full score and how the solver got there (for benchmarks, logs and the app). Times
 * are the solver's own, from the start of construction; preparing offers and placements comes before them.
 *
 * @param millisSpent           construction and search
 * @param improvements          new best plans found (construction included)
 * @param lastImprovementMillis when the last of them was found; the rest of the time brought nothing
 * @param stoppedEarly          a {@link StopSignal} ended the run
 */
public record EngineRun(MatchingSolution solution, HardMediumSoftLongScore score, long millisSpent, int improvements,
                        long lastImprovementMillis, boolean stoppedEarly) {
}
