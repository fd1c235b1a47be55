package nl.labspace.solver.generate;

import java.time.YearMonth;

/** What to generate: the same settings always give the same instance. */
public record GeneratorSettings(long seed, int needs, int units, int campuses, int months, YearMonth firstMonth) {

    public static final int DEFAULT_MONTHS = 24;
    public static final YearMonth DEFAULT_FIRST_MONTH = YearMonth.of(2027, 1);

    public GeneratorSettings {
        if (needs < 1 || units < 1 || campuses < 1) {
            throw new IllegalArgumentException("needs, units and campuses must be >= 1, were %d, %d, %d"
                    .formatted(needs, units, campuses));
        }
        if (months < 6) {
            throw new IllegalArgumentException("months must be >= 6, was " + months);
        }
    }

    public GeneratorSettings(long seed, int needs, int units, int campuses) {
        this(seed, needs, units, campuses, DEFAULT_MONTHS, DEFAULT_FIRST_MONTH);
    }

    public String instanceName() {
        return "generated-s%d-n%d-u%d-c%d".formatted(seed, needs, units, campuses);
    }
}
