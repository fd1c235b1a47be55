package nl.labspace.solver.engine;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.explain.Alternative;
import nl.labspace.solver.explain.Holder;
import nl.labspace.solver.explain.Reason;
import nl.labspace.solver.explain.UnmatchedNeed;

/**
 * Why a need got nothing. Either no offer exists at all, and then {@link BindingRule} names the rule that removes
 * the last candidate, or its offers are held by other needs in those months, and then the least disruptive
 * alternatives are listed with the area they would displace.
 */
final class WhyNot {

    private static final int ALTERNATIVES = 3;

    private final BindingRule bindingRule;
    private final Sketch occupancy;

    WhyNot(MatchingInstance instance, Sketch occupancy) {
        this.bindingRule = new BindingRule(instance.campuses(), instance.units(), instance.leases());
        this.occupancy = occupancy;
    }

    UnmatchedNeed explain(NeedAssignment a, long companyUnservedM2) {
        Need n = a.getNeed();
        List<Placement> options = a.getOptions();
        if (options.isEmpty()) {
            return new UnmatchedNeed(n.id(), CostTerms.asked(n), bindingRule.of(n), List.of(), companyUnservedM2);
        }
        int valid = unitSets(options);
        int campuses = (int) options.stream().map(p -> p.getCampus().id()).distinct().count();
        Reason reason = options.stream().anyMatch(occupancy::fits) ? new Reason.FreeOptionUnused(valid, campuses)
                : new Reason.AllOptionsTaken(valid, campuses);
        return new UnmatchedNeed(n.id(), CostTerms.asked(n), reason, alternatives(a), companyUnservedM2);
    }

    /** The least disruptive ways to serve the need anyway: one per campus, fewest displaced m² first. */
    private List<Alternative> alternatives(NeedAssignment a) {
        Map<String, Alternative> best = new LinkedHashMap<>();
        a.getOptions().stream()
                .map(p -> alternative(a.getNeed(), p))
                .sorted(Comparator.comparing(Alternative::breaksAcceptedMatch)
                        .thenComparingLong(Alternative::displacedM2)
                        .thenComparingLong(Alternative::points))
                .forEach(alt -> best.putIfAbsent(alt.campusId(), alt));
        return best.values().stream().limit(ALTERNATIVES).toList();
    }

    private Alternative alternative(Need n, Placement p) {
        List<Holder> displaced = holders(occupancy, p);
        long m2 = displaced.stream().mapToLong(Holder::m2).sum();
        return new Alternative(p.getCampus().id(), p.unitIds(), p.getStart(), displaced, m2, m2 - n.totalM2(),
                displaced.stream().anyMatch(Holder::accepted), MatchingWeights.placementSoft(p.getCost()));
    }

    /** The needs (other than its own) that hold one of the placement's units in overlapping months. */
    static List<Holder> holders(Sketch occupancy, Placement p) {
        return occupancy.clashing(p).stream().map(occupancy::need)
                .map(h -> new Holder(h.getId(), h.getNeed().totalM2(), h.isPinned())).toList();
    }

    /** Valid options counted as distinct unit sets: the start months of one set are one option to a founder. */
    static int unitSets(List<Placement> options) {
        return (int) options.stream().map(Placement::unitIds).distinct().count();
    }
}
