package nl.labspace.solver.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.impl.solver.DefaultSolver;

import nl.labspace.solver.Matcher;
import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.explain.PlanExplanation;
import nl.labspace.solver.offer.OfferCatalog;

/**
 * The OptaPlanner matching engine: serve as much area as possible (MATCHING.md), then prefer close, cheap,
 * well-fitting, in-region space, shared fairly between companies. Stateless and thread-safe; every call builds its
 * own solver.
 */
public final class MatchingEngine implements Matcher {

    private final EngineSettings settings;

    public MatchingEngine() {
        this(EngineSettings.DEFAULT);
    }

    public MatchingEngine(EngineSettings settings) {
        this.settings = settings;
    }

    @Override
    public MatchingSolution solve(MatchingInstance instance, Duration budget, long seed) {
        return run(instance, null, budget, seed).solution();
    }

    /**
     * Re-solve after the market changed (a new need, an accepted match, a withdrawn unit) starting from the previous
     * plan: its assignments that are still valid are kept, the rest is repaired, then searched for the budget.
     */
    public MatchingSolution resolve(MatchingInstance instance, MatchingSolution previous, Duration budget, long seed) {
        return run(instance, previous, budget, seed).solution();
    }

    /**
     * Solve (warm-started when previous is not null) and report the score and the work done. The budget covers the
     * whole call: building the offers and placements comes out of it, the search gets the rest.
     */
    public EngineRun run(MatchingInstance instance, MatchingSolution previous, Duration budget, long seed) {
        long started = System.nanoTime();
        MatchingPlan problem = plan(OfferCatalog.build(instance), previous);
        return solvePlan(problem, remaining(budget, started), seed);
    }

    EngineRun solvePlan(MatchingPlan problem, Duration searchBudget, long seed) {
        Solver<MatchingPlan> solver = SolverFactory.<MatchingPlan>create(SolverConfigs.of(settings, searchBudget, seed))
                .buildSolver();
        MatchingPlan best = solver.solve(problem);
        var scope = ((DefaultSolver<MatchingPlan>) solver).getSolverScope();
        return new EngineRun(toSolution(best), best.getScore(), scope.getScoreCalculationCount(),
                scope.getScoreCalculationSpeed(), scope.getTimeMillisSpent());
    }

    /**
     * What is left of the budget since {@code startedNanos}, less a reserve for returning the result (1/20 of the
     * budget, at most 1 s); zero means construction only.
     */
    static Duration remaining(Duration budget, long startedNanos) {
        long reserve = Math.min(1_000, budget.toMillis() / 20);
        // OptaPlanner takes whole milliseconds only.
        long leftMillis = budget.toMillis() - reserve - (System.nanoTime() - startedNanos) / 1_000_000;
        return Duration.ofMillis(Math.max(0, leftMillis));
    }

    /** Why each need got this space, or why it got none, as data (render with {@code explain.EnglishText}). */
    public PlanExplanation explain(MatchingInstance instance, MatchingSolution solution) {
        return new MatchExplainer(instance).explain(plan(OfferCatalog.build(instance), solution));
    }

    static MatchingPlan plan(OfferCatalog catalog, MatchingSolution previous) {
        return new PlanBuilder(catalog).build(previous);
    }

    static MatchingSolution toSolution(MatchingPlan plan) {
        List<Assignment> assignments = new ArrayList<>();
        List<String> unassigned = new ArrayList<>();
        long unserved = 0;
        for (NeedAssignment a : plan.getAssignments()) {
            Placement p = a.getPlacement();
            if (p == null) {
                unassigned.add(a.getId());
                unserved += a.getNeed().totalM2();
            } else {
                assignments.add(new Assignment(a.getId(), p.unitIds(), p.getStart()));
            }
        }
        return new MatchingSolution(plan.getInstanceName(), assignments, unassigned, unserved);
    }
}
