package nl.labspace.solver.domain;

import java.util.Objects;

/** An existing lease: the unit is taken for these months whatever the matcher does. */
public record Lease(String unitId, MonthRange period) {

    public Lease {
        Objects.requireNonNull(unitId, "lease unit");
        Objects.requireNonNull(period, "lease period of unit " + unitId);
    }
}
