package nl.labspace.solver.reference;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExprBuilder;

import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.offer.Offer;
import nl.labspace.solver.offer.OfferCatalog;

/**
 * One boolean per (need, offer) with a start-month variable over the offer's window and an optional interval of
 * the need's term; rule 7 is a NoOverlap per unit. Far fewer variables than {@link TimeIndexedModel} on large
 * instances, a weaker LP bound.
 */
final class IntervalModel implements ReferenceModel {

    private record Choice(Offer offer, BoolVar present, IntVar start) {
    }

    private final Map<String, List<Choice>> byNeed = new HashMap<>();
    private int variables;

    IntervalModel(CpModel model, MatchingInstance instance, OfferCatalog catalog, LinearExprBuilder unserved,
                  MatchingSolution hint) {
        Set<String> fixed = new HashSet<>();
        instance.fixed().forEach(a -> fixed.add(a.needId()));
        Map<String, List<IntervalVar>> byUnit = new HashMap<>();
        for (Need need : instance.needs()) {
            List<Choice> mine = new ArrayList<>();
            for (Offer offer : catalog.offersFor(need.id())) {
                String name = need.id() + "#" + mine.size();
                BoolVar present = model.newBoolVar(name);
                IntVar start = model.newIntVar(index(offer.starts().first()), index(offer.starts().last()), name + "s");
                IntervalVar period = model.newOptionalFixedSizeIntervalVar(start, need.termMonths(), present, name + "p");
                offer.unitIds().forEach(u -> byUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(period));
                unserved.addTerm(present, -need.totalM2());
                mine.add(new Choice(offer, present, start));
            }
            BoolVar[] vars = mine.stream().map(Choice::present).toArray(BoolVar[]::new);
            if (fixed.contains(need.id())) {
                model.addExactlyOne(vars);
            } else if (vars.length > 1) {
                model.addAtMostOne(vars);
            }
            byNeed.put(need.id(), mine);
            variables += mine.size();
        }
        byUnit.values().stream().filter(l -> l.size() > 1).forEach(model::addNoOverlap);
        if (hint != null) {
            addHint(model, hint);
        }
    }

    /** A complete hint (every variable) so CP-SAT starts from a feasible solution; see {@link HintMatch}. */
    private void addHint(CpModel model, MatchingSolution hint) {
        Map<String, Assignment> hinted = HintMatch.byNeed(hint);
        byNeed.forEach((needId, choices) -> {
            Assignment a = hinted.get(needId);
            Choice pick = choices.stream().filter(c -> a != null && c.offer().canStart(a.start())
                    && HintMatch.fits(a, c.offer(), a.start())).findFirst().orElse(null);
            for (Choice c : choices) {
                model.addHint(c.present(), c == pick ? 1 : 0);
                model.addHint(c.start(), c == pick ? index(a.start()) : index(c.offer().starts().first()));
            }
        });
    }

    static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    @Override
    public Assignment chosen(Need need, CpSolver solver) {
        return byNeed.get(need.id()).stream().filter(c -> solver.booleanValue(c.present())).findFirst()
                .map(c -> {
                    int m = (int) solver.value(c.start());
                    return new Assignment(need.id(), c.offer().unitIds(), YearMonth.of(m / 12, m % 12 + 1));
                }).orElse(null);
    }

    @Override
    public int variables() {
        return variables;
    }
}
