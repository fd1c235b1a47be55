package nl.labspace.solver.engine;

import java.time.Duration;

import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.event.BestSolutionChangedEvent;

/**
 * One solve of a prepared plan with a progress listener and a stop signal, through OptaPlanner's public API only:
 * the statistics of {@link EngineRun} come from best-solution events, not from the solver's internals.
 */
final class ControlledSolve {

    private final RunOptions options;
    private final long startedNanos;
    private int improvements;
    private long lastImprovementMillis;

    /** @param startedNanos when the caller's run started: progress times count from there */
    ControlledSolve(RunOptions options, long startedNanos) {
        this.options = options;
        this.startedNanos = startedNanos;
    }

    EngineRun solve(EngineSettings settings, MatchingPlan problem, Duration searchBudget) {
        StopSignal stop = options.stop();
        // Stopped while preparing: keep the construction, skip the search.
        Duration budget = stop.isStopped() ? Duration.ZERO : searchBudget;
        Solver<MatchingPlan> solver = SolverFactory.<MatchingPlan>create(SolverConfigs.of(settings, budget,
                options.seed(), options.unimprovedFor(), new SearchStart(stop::applyIfStopped))).buildSolver();
        solver.addEventListener(this::improved);
        stop.attach(solver);
        long solveStarted = System.nanoTime();
        try {
            MatchingPlan best = solver.solve(problem);
            long millis = (System.nanoTime() - solveStarted) / 1_000_000;
            return new EngineRun(MatchingEngine.toSolution(best), best.getScore(), millis, improvements,
                    lastImprovementMillis, stop.isStopped());
        } finally {
            stop.detach();
        }
    }

    /** Runs on the solver's thread, which is the caller's: no other thread reads these fields meanwhile. */
    private void improved(BestSolutionChangedEvent<MatchingPlan> event) {
        improvements++;
        lastImprovementMillis = event.getTimeMillisSpent();
        options.listener().accept(Progress.of(event.getNewBestSolution(), (System.nanoTime() - startedNanos) / 1_000_000));
    }
}
