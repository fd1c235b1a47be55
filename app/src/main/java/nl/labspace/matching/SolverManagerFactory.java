package nl.labspace.matching;

import java.util.UUID;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import nl.labspace.solver.engine.MatchingPlan;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.SolverManagerConfig;

/**
 * OptaPlanner has no Micronaut integration, so the app builds its SolverManagers here. OptaPlanner 10 has no
 * per-job configuration either, and every run has its own budget and seed: the bean is a builder of one manager per
 * run, each solving that run's single job on one thread (the runs' pool bounds how many solve at once).
 */
@Factory
class SolverManagerFactory {

    /** Builds the SolverManager of one run; the run closes it when it ends. */
    @FunctionalInterface
    interface RunSolverManagers {
        SolverManager<MatchingPlan, UUID> create(SolverConfig config);
    }

    @Singleton
    RunSolverManagers runSolverManagers() {
        return config -> SolverManager.create(SolverFactory.create(config),
                new SolverManagerConfig().withParallelSolverCount("1"));
    }
}
