package nl.labspace.solver.reference;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.offer.Offer;
import nl.labspace.solver.offer.OfferCatalog;
import nl.labspace.solver.offer.OfferLimits;

/**
 * The exact reference: a CP-SAT model of rules 1-8 with the primary objective only (min unserved m2). One boolean
 * per (need, offer, start month); rules 1-6 and the leases are in the offers, at most one per need, a fixed need
 * takes its one offer (rule 8), and on every unit the chosen periods that contain any candidate start month sum
 * to at most one (two inclusive periods overlap iff one contains the other's first month: rule 7).
 * With {@link OfferLimits#COMPLETE} the offers are every minimal cover of up to 3 units, so OPTIMAL is the
 * optimum of the instance whenever no need allows more than 3 units.
 */
public final class CpSatReference {

    /** What the run found: status, the best solution (null when none), its unserved m2 and the proven bound. */
    public record Result(String status, MatchingSolution solution, long unservedM2, long boundM2, double seconds,
                         int variables) {

        public boolean optimal() {
            return "OPTIMAL".equals(status);
        }
    }

    private record Choice(Need need, Offer offer, YearMonth start, BoolVar var) {
    }

    private final OfferLimits limits;

    public CpSatReference(OfferLimits limits) {
        this.limits = limits;
    }

    public CpSatReference() {
        this(OfferLimits.COMPLETE);
    }

    public Result solve(MatchingInstance instance, Duration timeLimit, int workers, MatchingSolution hint) {
        Loader.loadNativeLibraries();
        OfferCatalog catalog = OfferCatalog.build(instance, limits);
        CpModel model = new CpModel();
        List<Choice> choices = new ArrayList<>();
        Map<String, List<Choice>> byNeed = new HashMap<>();
        Set<String> fixed = new HashSet<>();
        instance.fixed().forEach(a -> fixed.add(a.needId()));
        long total = 0;
        LinearExprBuilder unserved = LinearExpr.newBuilder();
        for (Need need : instance.needs()) {
            total += need.totalM2();
            List<Choice> mine = new ArrayList<>();
            for (Offer offer : catalog.offersFor(need.id())) {
                for (YearMonth s = offer.starts().first(); !s.isAfter(offer.starts().last()); s = s.plusMonths(1)) {
                    Choice c = new Choice(need, offer, s, model.newBoolVar(need.id() + "@" + choices.size()));
                    mine.add(c);
                    choices.add(c);
                    unserved.addTerm(c.var(), -need.totalM2());
                }
            }
            BoolVar[] vars = mine.stream().map(Choice::var).toArray(BoolVar[]::new);
            if (fixed.contains(need.id())) {
                model.addExactlyOne(vars);
            } else if (vars.length > 1) {
                model.addAtMostOne(vars);
            }
            byNeed.put(need.id(), mine);
        }
        unserved.add(total);
        addNoDoubleBooking(model, choices);
        model.minimize(unserved);
        addHint(model, byNeed, hint);

        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimit.toMillis() / 1000.0);
        solver.getParameters().setNumWorkers(workers);
        solver.getParameters().setRandomSeed(1);
        CpSolverStatus status = solver.solve(model);
        boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        MatchingSolution solution = found ? extract(instance, byNeed, solver) : null;
        long best = found ? Math.round(solver.objectiveValue()) : -1;
        // Before any LP bound exists CP-SAT reports the trivial one, below zero here: 0 says as much.
        long bound = found || status == CpSolverStatus.UNKNOWN
                ? Math.max(0, Math.round(Math.ceil(solver.bestObjectiveBound() - 1e-6))) : -1;
        return new Result(status.name(), solution, best, bound, solver.wallTime(), choices.size());
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
                // Choices of one need already exclude each other, but two needs on one month must not meet.
                if (covering.size() > 1 && seen.add(covering)) {
                    model.addAtMostOne(covering.toArray(BoolVar[]::new));
                }
            }
        }
    }

    private static void addHint(CpModel model, Map<String, List<Choice>> byNeed, MatchingSolution hint) {
        if (hint == null) {
            return;
        }
        for (Assignment a : hint.assignments()) {
            List<String> units = a.unitIds().stream().sorted().toList();
            for (Choice c : byNeed.getOrDefault(a.needId(), List.of())) {
                if (c.start().equals(a.start()) && c.offer().unitIds().equals(units)) {
                    model.addHint(c.var(), 1);
                }
            }
        }
    }

    private static MatchingSolution extract(MatchingInstance instance, Map<String, List<Choice>> byNeed,
                                            CpSolver solver) {
        List<Assignment> assignments = new ArrayList<>();
        List<String> unassigned = new ArrayList<>();
        long unserved = 0;
        for (Need need : instance.needs()) {
            Choice chosen = byNeed.get(need.id()).stream().filter(c -> solver.booleanValue(c.var())).findFirst()
                    .orElse(null);
            if (chosen == null) {
                unassigned.add(need.id());
                unserved += need.totalM2();
            } else {
                assignments.add(new Assignment(need.id(), chosen.offer().unitIds(), chosen.start()));
            }
        }
        return new MatchingSolution(instance.name(), assignments, unassigned, unserved);
    }
}
