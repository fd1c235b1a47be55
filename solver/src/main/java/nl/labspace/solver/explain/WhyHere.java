package nl.labspace.solver.explain;

import java.time.YearMonth;
import java.util.List;

/**
 * Why a matched need got this placement and not a cheaper one.
 * <ul>
 * <li>ACCEPTED_MATCH: the match was accepted and is kept exactly; no comparison.</li>
 * <li>CHEAPEST: no valid placement costs fewer points.</li>
 * <li>CHEAPER_TAKEN: {@code cheaper} costs less, but {@code cheaper.heldBy} hold its units then, and the engine
 * found no way to move them that serves as much area at a lower total cost.</li>
 * <li>CHEAPER_FREE: {@code cheaper} costs less and is free; the search did not get there within its budget.</li>
 * </ul>
 *
 * @param validOptions distinct sets of units that may host the need (rules 1-6)
 * @param cheaper      the least costly placement, null for ACCEPTED_MATCH and CHEAPEST
 */
public record WhyHere(Code code, int validOptions, long chosenPoints, Cheaper cheaper) {

    public enum Code { ACCEPTED_MATCH, CHEAPEST, CHEAPER_TAKEN, CHEAPER_FREE }

    public record Cheaper(String campusId, List<String> unitIds, YearMonth start, long points, List<Holder> heldBy) {

        public Cheaper {
            unitIds = List.copyOf(unitIds);
            heldBy = List.copyOf(heldBy);
        }
    }
}
