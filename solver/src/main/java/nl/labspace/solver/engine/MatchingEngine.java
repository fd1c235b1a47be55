package nl.labspace.solver.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

import org.optaplanner.core.config.solver.SolverConfig;

import nl.labspace.solver.Matcher;
import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.explain.NeedOptions;
import nl.labspace.solver.explain.PlanExplanation;
import nl.labspace.solver.offer.OfferCatalog;

/**
 * The OptaPlanner matching engine: serve as much area as possible (MATCHING.md), then prefer close, cheap,
 * well-fitting, in-region space, shared fairly between companies. Stateless and thread-safe; every call builds its
 * own solver.
 * <p>
 * Two ways to run it. Standalone: {@link #run(MatchingInstance, MatchingSolution, RunOptions)} with a progress
 * listener and a stop signal. Under a {@code SolverManager<MatchingPlan, ?>} that the caller owns: build it from
 * {@link #solverConfig}, submit {@link #prepare}'s plan, read each best plan with {@link Progress#of} and turn the
 * final one into a solution with {@link #toSolution}.
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

    /** As {@link #run(MatchingInstance, MatchingSolution, RunOptions)} with the whole budget and no listener. */
    public EngineRun run(MatchingInstance instance, MatchingSolution previous, Duration budget, long seed) {
        return run(instance, previous, RunOptions.of(budget, seed));
    }

    /**
     * Solve (warm-started when previous is not null) and report the score and the work done. The budget covers the
     * whole call: building the offers and placements comes out of it, the search gets the rest.
     */
    public EngineRun run(MatchingInstance instance, MatchingSolution previous, RunOptions options) {
        long started = System.nanoTime();
        MatchingPlan problem = prepare(instance, previous);
        return solvePlan(problem, options, started);
    }

    EngineRun solvePlan(MatchingPlan problem, RunOptions options, long startedNanos) {
        return new ControlledSolve(options, startedNanos)
                .solve(settings, problem, remaining(options.budget(), startedNanos));
    }

    /**
     * The planning problem of an instance: every valid placement of every need, accepted matches ({@code fixed})
     * pinned, and the previous plan's assignments carried over where still offered (null for a cold start).
     * Takes seconds on a national market; the search budget comes on top.
     */
    public MatchingPlan prepare(MatchingInstance instance, MatchingSolution previous) {
        return new PlanBuilder(OfferCatalog.build(instance)).build(previous);
    }

    /**
     * The engine's solver configuration for a {@code SolverManager}: construction, then search for
     * {@code searchBudget} (zero: construction only), ended sooner when the best score has not improved for
     * {@code unimprovedFor} (null: never).
     */
    public SolverConfig solverConfig(Duration searchBudget, long seed, Duration unimprovedFor) {
        return SolverConfigs.of(settings, searchBudget, seed, unimprovedFor);
    }

    /**
     * The same search ended after {@code steps} local-search steps instead of a time budget: reproducible to the move,
     * so a run in the app and the command line on the same snapshot, steps and seed give the same solution.
     */
    public SolverConfig solverConfigSteps(int steps, long seed) {
        return SolverConfigs.ofSteps(settings, steps, seed);
    }

    /** Solves with {@link #solverConfigSteps}: the reproducible counterpart of {@link #solve}. */
    public MatchingSolution solveSteps(MatchingInstance instance, int steps, long seed) {
        MatchingPlan plan = prepare(instance, null);
        return toSolution(org.optaplanner.core.api.solver.SolverFactory.<MatchingPlan>create(solverConfigSteps(steps, seed))
                .buildSolver().solve(plan));
    }

    /**
     * The step-limited search of {@link #solverConfigSteps} on a prepared plan, with a listener for every new best
     * plan and a stop from another thread: reproducible to the move unless stopped (what-if scenarios solve the
     * same market twice this way, with and without hypothetical buildings). Returns the best plan found.
     */
    public MatchingPlan searchSteps(MatchingPlan problem, int steps, long seed, Consumer<Progress> listener,
                                   StopSignal stop) {
        long started = System.nanoTime();
        Solver<MatchingPlan> solver = SolverFactory.<MatchingPlan>create(SolverConfigs.ofSteps(settings, steps, seed,
                new SearchStart(stop::applyIfStopped))).buildSolver();
        solver.addEventListener(event -> listener.accept(Progress.of(event.getNewBestSolution(),
                (System.nanoTime() - started) / 1_000_000)));
        stop.attach(solver);
        try {
            return solver.solve(problem);
        } finally {
            stop.detach();
        }
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
        return new MatchExplainer(instance).explain(prepare(instance, solution));
    }

    /**
     * The explanation of a plan the engine already holds (a run's best plan): the same as explaining its solution,
     * without building the offers and placements a second time (seconds on a national market).
     */
    public PlanExplanation explain(MatchingInstance instance, MatchingPlan plan) {
        return new MatchExplainer(instance).explain(plan);
    }

    /**
     * Up to {@code limit} best valid placements for one need on the market as it stands, least soft points first,
     * or why it has none. Existing leases and every other need's accepted match ({@code fixed}) count as taken;
     * other needs are ignored, so no accepted match is ever disturbed. Enumerates this need's offers only: fast
     * enough to answer while a company waits.
     */
    public NeedOptions optionsFor(MatchingInstance instance, String needId, int limit) {
        return new InstantOptions(instance).of(needId, limit);
    }

    /** The exchange-format solution of a plan (a best plan of a run, or of a SolverManager job). */
    public static MatchingSolution toSolution(MatchingPlan plan) {
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
