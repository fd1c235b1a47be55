package nl.labspace.solver.explain;

import java.time.YearMonth;
import java.util.List;

/**
 * Where a need is, or could be, hosted and what that costs it: the body of a match's explanation and of an
 * instant option.
 *
 * @param unitIds sorted
 * @param served  area of the chosen units; beyond {@code asked} it is wasted area
 * @param terms   every soft term that applies to the need, in {@link CostTerm.Code} order
 * @param points  the sum of the terms' points: the engine ranks a need's placements by it
 */
public record PlacementDetail(String campusId, List<String> unitIds, YearMonth start, int termMonths, Area served,
                              Area asked, List<CostTerm> terms, long points) {

    public PlacementDetail {
        unitIds = List.copyOf(unitIds);
        terms = List.copyOf(terms);
    }
}
