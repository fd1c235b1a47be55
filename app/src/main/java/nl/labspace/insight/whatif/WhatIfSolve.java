package nl.labspace.insight.whatif;

import java.util.List;

import nl.labspace.db.whatif.BuildingRow;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.engine.MatchingEngine;
import nl.labspace.solver.engine.MatchingPlan;
import nl.labspace.solver.engine.StopSignal;

/**
 * The sandbox of one scenario run: the market as a national run would solve it, solved twice with the same seed and
 * step limit, as it is (the baseline) and with the buildings. Both solves are made here rather than taking the latest
 * national run as the baseline: that run solved an older market, against the clock, so its answer is neither on the
 * same market nor reproducible, and the difference would mix the buildings' effect with the market's changes and the
 * machine's speed. Everything stays in memory.
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

    /** The outcome, or null when the run was stopped before both solves had ended. */
    Outcome solve(MatchingInstance market, List<BuildingRow> buildings) {
        long started = System.nanoTime();
        phases.reached("baseline", 5);
        MatchingSolution before = search(market);
        if (before == null) {
            return null;
        }
        phases.reached("scenario", 50);
        HypotheticalMarket.Added with = HypotheticalMarket.with(market, buildings);
        MatchingSolution after = search(with.instance());
        if (after == null) {
            return null;
        }
        return new Outcome(new ScenarioCells.Solved(with, before, after), (System.nanoTime() - started) / 1_000_000);
    }

    private MatchingSolution search(MatchingInstance instance) {
        if (stop.isStopped()) {
            return null;
        }
        MatchingPlan plan = engine.prepare(instance, null);
        MatchingPlan best = engine.searchSteps(plan, steps, seed, progress -> { }, stop);
        return stop.isStopped() ? null : MatchingEngine.toSolution(best);
    }
}
