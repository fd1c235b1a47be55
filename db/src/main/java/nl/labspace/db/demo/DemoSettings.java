package nl.labspace.db.demo;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What demo market to generate: the seed of all its randomness, its size (scale 1.0 is about 400 units and
 * 300 needs nationally) and the month its availability starts from (the app passes the current month).
 */
public record DemoSettings(long seed, double scale, YearMonth firstMonth) {

    public DemoSettings {
        // !(scale > 0) also refuses NaN.
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("demo scale must be a finite number > 0, was " + scale);
        }
        Objects.requireNonNull(firstMonth, "demo firstMonth must be given");
    }
}
