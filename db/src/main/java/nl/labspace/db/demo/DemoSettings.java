package nl.labspace.db.demo;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What demo market to generate: the seed of all its randomness, its size (scale 1.0 is about 400 units and
 * 300 needs nationally), the month its availability starts from (the app passes the current month) and how
 * many synthetic campuses to add to the 26 real ones (0 for the demo; more for a larger benchmark market).
 */
public record DemoSettings(long seed, double scale, YearMonth firstMonth, int extraCampuses) {

    public DemoSettings {
        // !(scale > 0) also refuses NaN.
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("demo scale must be a finite number > 0, was " + scale);
        }
        Objects.requireNonNull(firstMonth, "demo firstMonth must be given");
        if (extraCampuses < 0 || extraCampuses > SyntheticCampuses.MAX) {
            throw new IllegalArgumentException("demo extra campuses must be between 0 and %d, was %d"
                    .formatted(SyntheticCampuses.MAX, extraCampuses));
        }
    }

    /** The real campuses only. */
    public DemoSettings(long seed, double scale, YearMonth firstMonth) {
        this(seed, scale, firstMonth, 0);
    }
}
