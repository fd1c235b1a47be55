package nl.labspace.solver.domain;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/**
 * A company's need for space. maxRentPerM2Year, near and sector are null when not given; an empty provinces set
 * means any province. Rules in MATCHING.md.
 */
public record Need(String id, String companyId, int labM2, int officeM2, Containment containment, GmpGrade gmp,
                   Set<String> features, YearMonth moveInEarliest, YearMonth moveInLatest, int termMonths,
                   Double maxRentPerM2Year, int maxUnits, Near near, Set<String> provinces, String sector) {

    public static final int DEFAULT_MAX_UNITS = 3;

    public Need {
        Objects.requireNonNull(id, "need id");
        Objects.requireNonNull(moveInEarliest, "moveInEarliest of need " + id);
        Objects.requireNonNull(moveInLatest, "moveInLatest of need " + id);
        if (labM2 < 0 || officeM2 < 0 || labM2 + officeM2 == 0) {
            throw new IllegalArgumentException("need %s: areas must be >= 0 with a positive total, was lab %d office %d"
                    .formatted(id, labM2, officeM2));
        }
        if (moveInLatest.isBefore(moveInEarliest)) {
            throw new IllegalArgumentException("need %s: moveInLatest %s is before moveInEarliest %s"
                    .formatted(id, moveInLatest, moveInEarliest));
        }
        if (termMonths < 1) {
            throw new IllegalArgumentException("need %s: termMonths must be >= 1, was %d".formatted(id, termMonths));
        }
        if (maxUnits < 1) {
            throw new IllegalArgumentException("need %s: maxUnits must be >= 1, was %d".formatted(id, maxUnits));
        }
        containment = containment == null ? Containment.NONE : containment;
        gmp = gmp == null ? GmpGrade.NONE : gmp;
        features = features == null ? Set.of() : Set.copyOf(features);
        provinces = provinces == null ? Set.of() : Set.copyOf(provinces);
    }

    public int totalM2() {
        return labM2 + officeM2;
    }

    public MonthRange periodFrom(YearMonth start) {
        return MonthRange.ofTerm(start, termMonths);
    }
}
