package nl.labspace.solver.domain;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/**
 * A company's need for space. maxRentPerM2Year, near, sector and maxM2 are null when not given; an empty provinces
 * set means any province. labM2 and officeM2 are the least area, maxM2 bounds the total area of the units (rule 2b).
 * Rules in MATCHING.md.
 */
public record Need(String id, String companyId, int labM2, int officeM2, Containment containment, GmpGrade gmp,
                   Set<String> features, YearMonth moveInEarliest, YearMonth moveInLatest, int termMonths,
                   Double maxRentPerM2Year, int maxUnits, Near near, Set<String> provinces, String sector,
                   Integer maxM2) {

    public static final int DEFAULT_MAX_UNITS = 3;

    /**
     * The size bound a tenant would accept when it names none (the marketplace applies it; an instance file carries
     * bounds explicitly): half as much again as asked, and at least 50 m² more, so a start-up asking 60 m² may get
     * a 110 m² module but never a 1,000 m² floor.
     */
    public static int defaultMaxM2(int totalM2) {
        return Math.max((totalM2 * 3 + 1) / 2, totalM2 + 50);
    }

    /** The bound that applies: the one given, else {@link #defaultMaxM2}. */
    public static int effectiveMaxM2(Integer givenM2, int totalM2) {
        return givenM2 != null ? givenM2 : defaultMaxM2(totalM2);
    }

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
        if (maxM2 != null && maxM2 < labM2 + officeM2) {
            throw new IllegalArgumentException("need %s: maxM2 must be >= labM2 + officeM2 = %d, was %d"
                    .formatted(id, labM2 + officeM2, maxM2));
        }
        containment = containment == null ? Containment.NONE : containment;
        gmp = gmp == null ? GmpGrade.NONE : gmp;
        features = features == null ? Set.of() : Set.copyOf(features);
        provinces = provinces == null ? Set.of() : Set.copyOf(provinces);
    }

    /** A need without a size bound (rule 2b does not apply). */
    public Need(String id, String companyId, int labM2, int officeM2, Containment containment, GmpGrade gmp,
                Set<String> features, YearMonth moveInEarliest, YearMonth moveInLatest, int termMonths,
                Double maxRentPerM2Year, int maxUnits, Near near, Set<String> provinces, String sector) {
        this(id, companyId, labM2, officeM2, containment, gmp, features, moveInEarliest, moveInLatest, termMonths,
                maxRentPerM2Year, maxUnits, near, provinces, sector, null);
    }

    /** This need with another size bound (null = none). */
    public Need withMaxM2(Integer bound) {
        return new Need(id, companyId, labM2, officeM2, containment, gmp, features, moveInEarliest, moveInLatest,
                termMonths, maxRentPerM2Year, maxUnits, near, provinces, sector, bound);
    }

    public int totalM2() {
        return labM2 + officeM2;
    }

    /** Rule 2b: units whose whole area (lab + office) totals this many m² stay within the need's bound. */
    public boolean fitsSize(int unitsTotalM2) {
        return maxM2 == null || unitsTotalM2 <= maxM2;
    }

    public MonthRange periodFrom(YearMonth start) {
        return MonthRange.ofTerm(start, termMonths);
    }
}
