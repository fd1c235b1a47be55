package nl.labspace.solver.engine;

import org.optaplanner.core.api.solver.Solver;

/**
 * Ends one run early from any thread; the run returns the best plan found so far. Stopping before the run starts
 * or during its preparation keeps the construction (greedy fill or warm-start repair) and skips the search.
 * One signal per run: once stopped it stays stopped.
 */
public final class StopSignal {

    private volatile boolean stopped;
    private volatile Solver<?> solver;

    public void stop() {
        stopped = true;
        Solver<?> running = solver;
        if (running != null) {
            running.terminateEarly();
        }
    }

    public boolean isStopped() {
        return stopped;
    }

    void attach(Solver<?> running) {
        solver = running;
    }

    void detach() {
        solver = null;
    }

    /**
     * Called on the solver's own thread once it is solving: Solver.solve() clears an earlier terminateEarly(),
     * so a stop that came between {@link #attach} and the start of solving is applied here.
     */
    void applyIfStopped() {
        Solver<?> running = solver;
        if (stopped && running != null) {
            running.terminateEarly();
        }
    }
}
