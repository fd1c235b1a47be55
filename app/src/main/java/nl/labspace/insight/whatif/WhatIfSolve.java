package nl.labspace.insight.whatif;

import java.util.List;

import nl.labspace.db.whatif.BuildingRow;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.engine.MatchingEngine;
import nl.labspace.solver.engine.MatchingPlan;
import nl.labspace.solver.engine.StopSignal;

/**
 * The sandbox of one scenario run. The market as a national run would solve it is solved first (the settled market);
 * then two searches continue from that same plan with the same seed and a fifth of the steps: one on the market as it
 * is (the baseline), one with the buildings added, so the one difference between them is the buildings. The
 * continuation with the buildings first places unmet needs in them (the engine's construction), then its search lets
 * matched needs move in and others take the space they leave. Once the two searches draw different moves they follow
 * different random paths, which moves figures of regions the buildings do not reach a little either way; a short
 * continuation keeps that small (a search from scratch on each would differ by as much as the buildings do). The latest national run is not
 * reused as the baseline: it solved an older market against the clock, so the difference would mix the buildings'
 * effect with the market's changes since and the machine's speed. Everything stays in memory.
 */
final class WhatIfSolve {

    /** Told at the start of each phase: reading, baseline, scenario. */
    interface Phases {
        void reached(String phase, int percent);
    }

    /** Both solutions, and how long the two solves took. */
    record Outcome(ScenarioCells.Solved solved, long millis) {
    }

    private final MatchingEngine engine = new MatchingEngine();
    private final long seed;
    /** The share of the steps each continuation takes: enough for tenants to move, short enough to stay close. */
    static final int CONTINUATION_SHARE = 5;

    private final int steps;
    private final StopSignal stop;
    private final Phases phases;

    WhatIfSolve(long seed, int steps, StopSignal stop, Phases phases) {
        this.seed = seed;
        this.steps = steps;
        this.stop = stop;
        this.phases = phases;
    }

    /** The outcome, or null when the run was stopped before the searches had ended. */
    Outcome solve(MatchingInstance market, List<BuildingRow> buildings) {
        long started = System.nanoTime();
        phases.reached("baseline", 5);
        MatchingPlan settled = search(engine.prepare(market, null), steps);
        if (settled == null) {
            return null;
        }
        HypotheticalMarket.Added with = HypotheticalMarket.with(market, buildings);
        MatchingPlan withBuildings = engine.prepare(with.instance(), MatchingEngine.toSolution(settled));
        int continuation = Math.max(1, steps / CONTINUATION_SHARE);
        MatchingPlan before = search(settled, continuation);
        if (before == null) {
            return null;
        }
        phases.reached("scenario", 65);
        MatchingPlan after = search(withBuildings, continuation);
        if (after == null) {
            return null;
        }
        return new Outcome(new ScenarioCells.Solved(with, MatchingEngine.toSolution(before),
                MatchingEngine.toSolution(after)), (System.nanoTime() - started) / 1_000_000);
    }

    /** The best plan of a step-limited search from this plan, or null when stopped. */
    private MatchingPlan search(MatchingPlan plan, int stepLimit) {
        if (stop.isStopped()) {
            return null;
        }
        MatchingPlan best = engine.searchSteps(plan, stepLimit, seed, progress -> { }, stop);
        return stop.isStopped() ? null : best;
    }
}
