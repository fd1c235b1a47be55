package nl.labspace.solver.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Unit;
import nl.labspace.solver.offer.OfferLimits;

/**
 * The smallest whole area (lab + office of whole units) of a set of units on one campus that covers a need's areas
 * (rules 1-2), among units already filtered for rules 3-5: what rule 2b compares with the need's maximum. Sets are
 * at most as large as offers are (three units), so the answer names a space the engine could have offered.
 */
final class SmallestCover {

    private SmallestCover() {
    }

    /** The smallest covering total, or null when no set of these units covers the need. */
    static Integer of(Need need, List<Unit> units) {
        int k = Math.min(need.maxUnits(), OfferLimits.DEFAULT.maxUnitsPerOffer());
        Map<String, List<Unit>> byCampus = units.stream()
                .filter(u -> (need.labM2() > 0 ? u.labM2() : 0) + (need.officeM2() > 0 ? u.officeM2() : 0) > 0)
                .sorted(Comparator.comparingInt(SmallestCover::size))
                .collect(Collectors.groupingBy(Unit::campusId));
        int best = Integer.MAX_VALUE;
        for (List<Unit> campus : byCampus.values()) {
            if (canCover(need, campus, k)) {
                best = Math.min(best, smallestOn(need, campus.toArray(Unit[]::new), k, best));
            }
        }
        return best == Integer.MAX_VALUE ? null : best;
    }

    /** Units sorted by size ascending: every loop stops as soon as the sets it would try reach the best so far. */
    private static int smallestOn(Need need, Unit[] u, int k, int bestSoFar) {
        int best = bestSoFar;
        int n = u.length;
        for (int i = 0; i < n && size(u[i]) < best; i++) {
            if (covers(need, u[i].labM2(), u[i].officeM2())) {
                best = size(u[i]);
                break;
            }
        }
        for (int i = 0; k >= 2 && i < n && 2 * size(u[i]) < best; i++) {
            for (int j = i + 1; j < n && size(u[i]) + size(u[j]) < best; j++) {
                int lab = u[i].labM2() + u[j].labM2();
                int office = u[i].officeM2() + u[j].officeM2();
                if (covers(need, lab, office)) {
                    best = size(u[i]) + size(u[j]);
                    break;
                }
                for (int m = j + 1; k >= 3 && m < n && size(u[i]) + size(u[j]) + size(u[m]) < best; m++) {
                    if (covers(need, lab + u[m].labM2(), office + u[m].officeM2())) {
                        best = size(u[i]) + size(u[j]) + size(u[m]);
                        break;
                    }
                }
            }
        }
        return best;
    }

    /** Whether the k largest lab and the k largest office areas could cover the need at all (cheap pre-check). */
    private static boolean canCover(Need need, List<Unit> campus, int k) {
        int lab = campus.stream().map(Unit::labM2).sorted(Comparator.reverseOrder()).limit(k).mapToInt(i -> i).sum();
        int office = campus.stream().map(Unit::officeM2).sorted(Comparator.reverseOrder()).limit(k).mapToInt(i -> i)
                .sum();
        return covers(need, lab, office);
    }

    private static boolean covers(Need need, int lab, int office) {
        return lab >= need.labM2() && office >= need.officeM2();
    }

    private static int size(Unit u) {
        return u.labM2() + u.officeM2();
    }
}
