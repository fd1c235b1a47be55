package nl.labspace.matching;

import org.optaplanner.core.api.solver.SolverJob;

/**
 * One run's stop, shared by the stop requests and the run's own thread, every change under one lock.
 * OptaPlanner's SolverJob can be ended only once SolverManager has given it its future (DefaultSolverJob.terminateEarly
 * dereferences it, and SolverManager registers the job before it sets the future), so the job joins here only after
 * solveAndListen returned; a stop that came first is a flag, and the job is ended as it joins. When the run decides its
 * outcome it closes the stop: a later stop is refused, so a stop that was accepted always ends the run stopped.
 */
final class RunStop {

    private boolean requested;
    private boolean closed;
    private SolverJob<?, ?> job;

    /** A stop request: false once the run has decided its outcome. Ends the search when one is running. */
    boolean request() {
        SolverJob<?, ?> running;
        synchronized (this) {
            if (closed) {
                return false;
            }
            requested = true;
            running = job;
        }
        if (running != null) {
            running.terminateEarly();
        }
        return true;
    }

    /** The run's solver job, whose future exists now; ended at once when a stop came before it. */
    void attach(SolverJob<?, ?> solverJob) {
        boolean stopNow;
        synchronized (this) {
            job = solverJob;
            stopNow = requested;
        }
        if (stopNow) {
            solverJob.terminateEarly();
        }
    }

    synchronized boolean requested() {
        return requested;
    }

    /** The run decides its outcome now: whether it was stopped; no stop counts from here on. */
    synchronized boolean close() {
        closed = true;
        job = null;
        return requested;
    }
}
