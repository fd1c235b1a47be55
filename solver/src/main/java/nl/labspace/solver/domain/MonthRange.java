package nl.labspace.solver.domain;

import java.time.YearMonth;
import java.util.Objects;

/** An inclusive range of whole months, [first, last], as every period in MATCHING.md. */
public record MonthRange(YearMonth first, YearMonth last) {

    public MonthRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("range %s..%s ends before it starts".formatted(first, last));
        }
    }

    /** The months a need with this start and term occupies. */
    public static MonthRange ofTerm(YearMonth start, int termMonths) {
        if (termMonths < 1) {
            throw new IllegalArgumentException("termMonths must be >= 1, was " + termMonths);
        }
        return new MonthRange(start, start.plusMonths(termMonths - 1L));
    }

    public boolean overlaps(MonthRange other) {
        return !last.isBefore(other.first) && !other.last.isBefore(first);
    }

    public long months() {
        return first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
    }
}
