package nl.labspace.solver.explain;

import java.time.YearMonth;
import java.util.List;

/**
 * A way to serve an unmatched need anyway: take these units from this start and displace the needs holding them.
 *
 * @param displacedM2         total area of the displaced needs
 * @param netUnservedM2       how the plan's unserved area would change if the displaced needs then got nothing:
 *                            displacedM2 minus the need's own area; negative is a gain the search did not reach
 * @param breaksAcceptedMatch a displaced need holds an accepted match, so this is not possible
 * @param points              the placement's soft points
 */
public record Alternative(String campusId, List<String> unitIds, YearMonth start, List<Holder> displaced,
                          long displacedM2, long netUnservedM2, boolean breaksAcceptedMatch, long points) {

    public Alternative {
        unitIds = List.copyOf(unitIds);
        displaced = List.copyOf(displaced);
    }
}
