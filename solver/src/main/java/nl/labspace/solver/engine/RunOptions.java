package nl.labspace.solver.engine;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How one standalone run goes.
 *
 * @param budget        wall-clock time for the whole call, preparation included (zero: construction only)
 * @param seed          makes the search repeatable (up to where the clock stops it)
 * @param unimprovedFor end the search when the best plan has not improved for this long; null to use the whole
 *                      budget. A small market is solved well before its budget runs out.
 * @param listener      called on the solver's thread with every new best plan: keep it quick
 * @param stop          lets another thread end the run early
 */
public record RunOptions(Duration budget, long seed, Duration unimprovedFor, Consumer<Progress> listener,
                         StopSignal stop) {

    public RunOptions {
        Objects.requireNonNull(budget, "budget");
        if (budget.isNegative()) {
            throw new IllegalArgumentException("budget must be >= 0, was " + budget);
        }
        if (unimprovedFor != null && (unimprovedFor.isNegative() || unimprovedFor.isZero())) {
            throw new IllegalArgumentException("unimprovedFor must be > 0 or null, was " + unimprovedFor);
        }
        listener = listener == null ? progress -> { } : listener;
        stop = stop == null ? new StopSignal() : stop;
    }

    public static RunOptions of(Duration budget, long seed) {
        return new RunOptions(budget, seed, null, null, null);
    }

    public RunOptions withUnimprovedFor(Duration duration) {
        return new RunOptions(budget, seed, duration, listener, stop);
    }

    public RunOptions withListener(Consumer<Progress> newListener) {
        return new RunOptions(budget, seed, unimprovedFor, newListener, stop);
    }

    public RunOptions withStop(StopSignal signal) {
        return new RunOptions(budget, seed, unimprovedFor, listener, signal);
    }
}
