package nl.labspace.solver.reference;

import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.offer.Offer;

/**
 * Maps a hint solution onto offers. The greedy may take a non-minimal set (a unit it no longer needs once a later
 * one covered); an offer on a subset of those units from the same month is just as feasible, so it stands in.
 */
final class HintMatch {

    private HintMatch() {
    }

    static Map<String, Assignment> byNeed(MatchingSolution hint) {
        return hint.assignments().stream().collect(Collectors.toMap(Assignment::needId, Function.identity()));
    }

    static boolean fits(Assignment hinted, Offer offer, YearMonth start) {
        return hinted != null && hinted.start().equals(start) && hinted.unitIds().containsAll(offer.unitIds());
    }
}
