package nl.labspace.insight.whatif;

import nl.labspace.solver.engine.StopSignal;

/**
 * One scenario run's stop, shared by stop requests and the run's thread. Once the run has decided its outcome it closes
 * the stop and later requests are refused, so a stop that was accepted always ends the run stopped.
 */
final class ScenarioStop {

    private final StopSignal signal = new StopSignal();
    private boolean closed;

    /** A stop request: false once the run has decided its outcome. */
    synchronized boolean request() {
        if (closed) {
            return false;
        }
        signal.stop();
        return true;
    }

    /** The run decides its outcome now: whether it was stopped; no stop counts from here on. */
    synchronized boolean close() {
        closed = true;
        return signal.isStopped();
    }

    StopSignal signal() {
        return signal;
    }
}
