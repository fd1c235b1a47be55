package nl.labspace.solver.engine;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import nl.labspace.solver.domain.MatchingSolution;

/** One solve: the result, its full score and how hard the engine worked for it (for benchmarks and logs). */
public record EngineRun(MatchingSolution solution, HardMediumSoftLongScore score, long scoreCalculationCount,
                        long scoreCalculationSpeedPerSecond, long millisSpent) {
}
