package nl.labspace.insight.whatif;

import java.util.List;

import nl.labspace.db.whatif.BuildingRow;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.engine.MatchingEngine;
import nl.labspace.solver.engine.MatchingPlan;
import nl.labspace.solver.engine.StopSignal;

/**
 * The sandbox of one scenario run. The market as a national run would solve it is solved first (the settled market);
 * then two searches continue from that same plan with the same seed and step limit: one on the market as it is (the
 * baseline), one with the buildings added, so the one difference between them is the buildings (a search from
 * scratch on each would differ by its own random path as much as by the buildings). The latest national run is not
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
        MatchingPlan settled = search(engine.prepare(market, null));
        if (settled == null) {
            return null;
        }
        HypotheticalMarket.Added with = HypotheticalMarket.with(market, buildings);
        MatchingPlan withBuildings = engine.prepare(with.instance(), MatchingEngine.toSolution(settled));
        MatchingPlan before = search(settled);
        if (before == null) {
            return null;
        }
        phases.reached("scenario", 65);
        MatchingPlan after = search(withBuildings);
        if (after == null) {
            return null;
        }
        return new Outcome(new ScenarioCells.Solved(with, MatchingEngine.toSolution(before),
                MatchingEngine.toSolution(after)), (System.nanoTime() - started) / 1_000_000);
    }

    /** The best plan of a step-limited search from this plan, or null when stopped. */
    private MatchingPlan search(MatchingPlan plan) {
        if (stop.isStopped()) {
            return null;
        }
        MatchingPlan best = engine.searchSteps(plan, steps, seed, progress -> { }, stop);
        return stop.isStopped() ? null : best;
    }
}
