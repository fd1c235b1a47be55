package nl.labspace.solver.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Who holds which unit: per unit, the needs whose placement uses it. The working solution's copy is kept in sync
 * by {@link OccupancyListener} on every variable change, so a move finds its clashes without scanning the plan.
 */
final class Occupancy {

    private final List<NeedAssignment> needs;
    private final Placement[] current;
    private final List<List<Integer>> holders;

    private Occupancy(MatchingPlan plan) {
        this.needs = plan.getAssignments();
        this.current = new Placement[needs.size()];
        this.holders = new ArrayList<>(plan.index().unitCount());
        for (int u = 0; u < plan.index().unitCount(); u++) {
            holders.add(new ArrayList<>(2));
        }
    }

    /** The plan's occupancy as it stands. */
    static Occupancy of(MatchingPlan plan) {
        Occupancy occupancy = new Occupancy(plan);
        for (NeedAssignment a : plan.getAssignments()) {
            occupancy.move(a.getIndex(), a.getPlacement());
        }
        return occupancy;
    }

    /** No unit held by anyone: the start of a construction. */
    static Occupancy empty(MatchingPlan plan) {
        return new Occupancy(plan);
    }

    NeedAssignment need(int index) {
        return needs.get(index);
    }

    Placement placementOf(int need) {
        return current[need];
    }

    List<Integer> holders(int unit) {
        return holders.get(unit);
    }

    /** The need now holds this placement (or nothing). */
    void move(int need, Placement now) {
        Placement old = current[need];
        if (old == now) {
            return;
        }
        if (old != null) {
            for (int u : old.unitIndexes()) {
                holders.get(u).remove(Integer.valueOf(need));
            }
        }
        current[need] = now;
        if (now != null) {
            for (int u : now.unitIndexes()) {
                holders.get(u).add(need);
            }
        }
    }
}
