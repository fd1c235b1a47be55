package nl.labspace.solver.reference;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.offer.OfferCatalog;
import nl.labspace.solver.offer.OfferLimits;

/**
 * The exact reference: a CP-SAT model of rules 1-8 with the primary objective only (min unserved m2). Rules 1-6 (2b too)
 * and the existing leases live in the offers of {@link OfferCatalog}; each need takes at most one offer, a fixed
 * need exactly its one (rule 8); rule 7 depends on the {@link Formulation}. With {@link OfferLimits#COMPLETE} the
 * offers are every minimal cover of up to 3 units, so OPTIMAL is the instance's optimum whenever no need allows
 * more than 3 units.
 */
public final class CpSatReference {

    /** TIME_INDEXED: a boolean per (need, offer, start), tight; INTERVALS: NoOverlap per unit, smaller. */
    public enum Formulation { TIME_INDEXED, INTERVALS }

    /** What the run found: status, the best solution (null when none), its unserved m2 and the proven bound. */
    public record Result(String status, MatchingSolution solution, long unservedM2, long boundM2, double seconds,
                         int variables) {

        public boolean optimal() {
            return "OPTIMAL".equals(status);
        }
    }

    private final OfferLimits limits;
    private final Formulation formulation;

    public CpSatReference(OfferLimits limits, Formulation formulation) {
        this.limits = limits;
        this.formulation = formulation;
    }

    public CpSatReference() {
        this(OfferLimits.COMPLETE, Formulation.TIME_INDEXED);
    }

    /** @param hint a feasible solution to start from (the greedy one, say), or null */
    public Result solve(MatchingInstance instance, Duration timeLimit, int workers, MatchingSolution hint) {
        Loader.loadNativeLibraries();
        OfferCatalog catalog = OfferCatalog.build(instance, limits);
        CpModel model = new CpModel();
        // Unserved = demand - the area of every chosen need; the models add the minus terms.
        LinearExprBuilder unserved = LinearExpr.newBuilder()
                .add(instance.needs().stream().mapToLong(Need::totalM2).sum());
        ReferenceModel built = formulation == Formulation.TIME_INDEXED
                ? new TimeIndexedModel(model, instance, catalog, unserved, hint)
                : new IntervalModel(model, instance, catalog, unserved, hint);
        model.minimize(unserved);

        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimit.toMillis() / 1000.0);
        solver.getParameters().setNumWorkers(workers);
        solver.getParameters().setRandomSeed(1);
        CpSolverStatus status = solver.solve(model);
        boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        MatchingSolution solution = found ? extract(instance, built, solver) : null;
        long best = found ? Math.round(solver.objectiveValue()) : -1;
        // Before any LP bound exists CP-SAT reports the trivial one, below zero here: 0 says as much.
        long bound = found || status == CpSolverStatus.UNKNOWN
                ? Math.max(0, Math.round(Math.ceil(solver.bestObjectiveBound() - 1e-6))) : -1;
        return new Result(status.name(), solution, best, bound, solver.wallTime(), built.variables());
    }

    private static MatchingSolution extract(MatchingInstance instance, ReferenceModel built, CpSolver solver) {
        List<Assignment> assignments = new ArrayList<>();
        List<String> unassigned = new ArrayList<>();
        long unserved = 0;
        for (Need need : instance.needs()) {
            Assignment chosen = built.chosen(need, solver);
            if (chosen == null) {
                unassigned.add(need.id());
                unserved += need.totalM2();
            } else {
                assignments.add(chosen);
            }
        }
        return new MatchingSolution(instance.name(), assignments, unassigned, unserved);
    }
}
