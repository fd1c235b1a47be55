package nl.labspace.solver.reference;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.LinearExprBuilder;

import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.offer.Offer;
import nl.labspace.solver.offer.OfferCatalog;

/**
 * One boolean per (need, offer, start month). Rule 7: on every unit, the chosen periods that contain any
 * candidate start month sum to at most one (two inclusive periods overlap iff one contains the other's first month).
 * Tight LP, but the variable count grows with the move-in windows.
 */
final class TimeIndexedModel implements ReferenceModel {

    private record Choice(Need need, Offer offer, YearMonth start, BoolVar var) {
    }

    private final Map<String, List<Choice>> byNeed = new HashMap<>();
    private int variables;

    TimeIndexedModel(CpModel model, MatchingInstance instance, OfferCatalog catalog, LinearExprBuilder unserved,
                     MatchingSolution hint) {
        Set<String> fixed = new HashSet<>();
        instance.fixed().forEach(a -> fixed.add(a.needId()));
        List<Choice> all = new ArrayList<>();
        for (Need need : instance.needs()) {
            List<Choice> mine = new ArrayList<>();
            for (Offer offer : catalog.offersFor(need.id())) {
                for (YearMonth s = offer.starts().first(); !s.isAfter(offer.starts().last()); s = s.plusMonths(1)) {
                    mine.add(new Choice(need, offer, s, model.newBoolVar(need.id() + "@" + all.size() + mine.size())));
                }
            }
            mine.forEach(c -> unserved.addTerm(c.var(), -need.totalM2()));
            BoolVar[] vars = mine.stream().map(Choice::var).toArray(BoolVar[]::new);
            if (fixed.contains(need.id())) {
                model.addExactlyOne(vars);
            } else if (vars.length > 1) {
                model.addAtMostOne(vars);
            }
            byNeed.put(need.id(), mine);
            all.addAll(mine);
        }
        variables = all.size();
        addNoDoubleBooking(model, all);
        if (hint != null) {
            addHint(model, hint);
        }
    }

    private static void addNoDoubleBooking(CpModel model, List<Choice> choices) {
        Map<String, List<Choice>> byUnit = new HashMap<>();
        for (Choice c : choices) {
            c.offer().unitIds().forEach(u -> byUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(c));
        }
        for (List<Choice> onUnit : byUnit.values()) {
            TreeSet<YearMonth> starts = new TreeSet<>();
            onUnit.forEach(c -> starts.add(c.start()));
            Set<List<BoolVar>> seen = new HashSet<>();
            for (YearMonth m : starts) {
                List<BoolVar> covering = new ArrayList<>();
                for (Choice c : onUnit) {
                    if (!c.start().isAfter(m) && !c.need().periodFrom(c.start()).last().isBefore(m)) {
                        covering.add(c.var());
                    }
                }
                if (covering.size() > 1 && seen.add(covering)) {
                    model.addAtMostOne(covering.toArray(BoolVar[]::new));
                }
            }
        }
    }

    /** A complete hint (every variable) so CP-SAT starts from a feasible solution; see {@link HintMatch}. */
    private void addHint(CpModel model, MatchingSolution hint) {
        Map<String, Assignment> hinted = HintMatch.byNeed(hint);
        byNeed.forEach((needId, choices) -> {
            Choice pick = choices.stream()
                    .filter(c -> HintMatch.fits(hinted.get(needId), c.offer(), c.start())).findFirst().orElse(null);
            choices.forEach(c -> model.addHint(c.var(), c == pick ? 1 : 0));
        });
    }

    @Override
    public Assignment chosen(Need need, CpSolver solver) {
        return byNeed.get(need.id()).stream().filter(c -> solver.booleanValue(c.var())).findFirst()
                .map(c -> new Assignment(need.id(), c.offer().unitIds(), c.start())).orElse(null);
    }

    @Override
    public int variables() {
        return variables;
    }
}
