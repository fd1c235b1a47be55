package nl.labspace.solver.engine;

import java.util.Objects;

import org.optaplanner.core.config.solver.EnvironmentMode;

/**
 * How the engine searches. The defaults were picked with the OptaPlanner benchmarker (EngineBenchmarker in the
 * tests): with the custom moves, late acceptance reached the medium optimum in 5 s where tabu search and simulated
 * annealing stayed 0.2 % and 4.6 % above it; tabu and annealing stay available for re-tuning on new data.
 *
 * @param acceptor          LATE_ACCEPTANCE (default), SIMULATED_ANNEALING or TABU
 * @param evictWeight       relative share of assign-and-evict moves (plain change moves have weight 1)
 * @param ruinWeight        relative share of ruin-and-recreate moves
 * @param environmentMode   REPRODUCIBLE in production; FULL_ASSERT in a test that checks score corruption
 */
public record EngineSettings(Acceptor acceptor, double evictWeight, double ruinWeight,
                             EnvironmentMode environmentMode) {

    public enum Acceptor { SIMULATED_ANNEALING, TABU, LATE_ACCEPTANCE }

    public static final EngineSettings DEFAULT =
            new EngineSettings(Acceptor.LATE_ACCEPTANCE, 2.0, 1.0, EnvironmentMode.REPRODUCIBLE);

    public EngineSettings {
        Objects.requireNonNull(acceptor, "acceptor");
        Objects.requireNonNull(environmentMode, "environmentMode");
        if (evictWeight < 0 || ruinWeight < 0) {
            throw new IllegalArgumentException("move weights must be >= 0, were %s and %s".formatted(evictWeight, ruinWeight));
        }
    }

    public EngineSettings withAcceptor(Acceptor newAcceptor) {
        return new EngineSettings(newAcceptor, evictWeight, ruinWeight, environmentMode);
    }

    public EngineSettings withEnvironmentMode(EnvironmentMode mode) {
        return new EngineSettings(acceptor, evictWeight, ruinWeight, mode);
    }

    public EngineSettings withMoveWeights(double evict, double ruin) {
        return new EngineSettings(acceptor, evict, ruin, environmentMode);
    }
}
