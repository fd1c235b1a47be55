package nl.labspace.solver.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A draft of changes on top of an occupancy, for building one move: placements are tried here first and only the
 * resulting changes go to OptaPlanner, so a move never double books among the needs it touches.
 */
final class Sketch {

    private final Occupancy base;
    private final Map<Integer, Placement> changes = new LinkedHashMap<>();
    private final Map<Integer, List<Integer>> added = new HashMap<>();

    Sketch(Occupancy base) {
        this.base = base;
    }

    NeedAssignment need(int index) {
        return base.need(index);
    }

    Placement placementOf(int need) {
        return changes.containsKey(need) ? changes.get(need) : base.placementOf(need);
    }

    /** The needs (other than the placement's own) that hold one of its units in overlapping months. */
    List<Integer> clashing(Placement p) {
        List<Integer> clashing = new ArrayList<>(2);
        for (int u : p.unitIndexes()) {
            collect(p, u, base.holders(u), clashing);
            collect(p, u, added.getOrDefault(u, List.of()), clashing);
        }
        return clashing;
    }

    private void collect(Placement p, int unit, List<Integer> holders, List<Integer> clashing) {
        for (int holder : holders) {
            if (holder != p.needIndex() && !clashing.contains(holder) && clashes(p, unit, placementOf(holder))) {
                clashing.add(holder);
            }
        }
    }

    boolean fits(Placement p) {
        for (int u : p.unitIndexes()) {
            if (anyClash(p, u, base.holders(u)) || anyClash(p, u, added.getOrDefault(u, List.of()))) {
                return false;
            }
        }
        return true;
    }

    private boolean anyClash(Placement p, int unit, List<Integer> holders) {
        for (int holder : holders) {
            if (holder != p.needIndex() && clashes(p, unit, placementOf(holder))) {
                return true;
            }
        }
        return false;
    }

    /** q (a holder's placement in this draft) still uses the unit and overlaps p in time. */
    private static boolean clashes(Placement p, int unit, Placement q) {
        if (q == null || q.first() >= p.end() || p.first() >= q.end()) {
            return false;
        }
        for (int u : q.unitIndexes()) {
            if (u == unit) {
                return true;
            }
        }
        return false;
    }

    /** The first of these options, from {@code from} on (wrapping), that fits; or null. */
    Placement firstFit(List<Placement> options, int from) {
        return firstFit(options, from, options.size());
    }

    /**
     * As {@link #firstFit(List, int)}, looking at no more than {@code limit} options: on a national market a need
     * has hundreds, and a move that scans them all costs more than trying another move.
     */
    Placement firstFit(List<Placement> options, int from, int limit) {
        int n = options.size();
        for (int k = 0; k < Math.min(n, limit); k++) {
            Placement p = options.get((from + k) % n);
            if (fits(p)) {
                return p;
            }
        }
        return null;
    }

    void set(int need, Placement p) {
        changes.put(need, p);
        if (p != null) {
            for (int u : p.unitIndexes()) {
                added.computeIfAbsent(u, k -> new ArrayList<>(2)).add(need);
            }
        }
    }

    /** The drafted changes that differ from the plan, as one move. */
    ReassignMove toMove() {
        List<NeedAssignment> entities = new ArrayList<>();
        List<Placement> values = new ArrayList<>();
        changes.forEach((need, p) -> {
            NeedAssignment a = base.need(need);
            if (a.getPlacement() != p) {
                entities.add(a);
                values.add(p);
            }
        });
        return new ReassignMove(entities, values);
    }
}
