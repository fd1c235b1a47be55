package nl.labspace.solver.explain;

import java.time.YearMonth;

/**
 * One valid placement offered to a need right away: the units may start in any month from
 * {@code placement.start()} through {@code latestStart}.
 */
public record InstantOption(PlacementDetail placement, YearMonth latestStart) {
}
