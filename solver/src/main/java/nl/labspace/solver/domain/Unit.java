package nl.labspace.solver.domain;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Set;

/** A lettable unit; availableUntil is null when open-ended. Rules in MATCHING.md. */
public record Unit(String id, String campusId, int labM2, int officeM2, Containment containment, GmpGrade gmp,
                   Set<String> features, YearMonth availableFrom, YearMonth availableUntil, double rentPerM2Year) {

    public Unit {
        Objects.requireNonNull(id, "unit id");
        Objects.requireNonNull(campusId, "campus of unit " + id);
        Objects.requireNonNull(availableFrom, "availableFrom of unit " + id);
        if (labM2 < 0 || officeM2 < 0) {
            throw new IllegalArgumentException("unit %s: areas must be >= 0, was lab %d office %d".formatted(id, labM2, officeM2));
        }
        containment = containment == null ? Containment.NONE : containment;
        gmp = gmp == null ? GmpGrade.NONE : gmp;
        features = features == null ? Set.of() : Set.copyOf(features);
    }

    public int totalM2() {
        return labM2 + officeM2;
    }
}
