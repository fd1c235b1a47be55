package nl.labspace.solver.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scratch copy of who holds which unit, for building one move: the moves try placements here first and only
 * hand OptaPlanner the changes, so a move is always free of double bookings among the needs it touches.
 */
final class Occupancy {

    private final List<NeedAssignment> needs;
    private final Placement[] current;
    private final List<List<Integer>> holders;
    private final Map<Integer, Placement> changes = new LinkedHashMap<>();

    /** Starts from the plan as it stands. */
    Occupancy(MatchingPlan plan) {
        this(plan, true);
    }

    /** Starts from the plan as it stands, or (keepCurrent false) from an empty plan. */
    Occupancy(MatchingPlan plan, boolean keepCurrent) {
        this.needs = plan.getAssignments();
        this.current = new Placement[needs.size()];
        this.holders = new ArrayList<>(plan.index().unitCount());
        for (int u = 0; u < plan.index().unitCount(); u++) {
            holders.add(new ArrayList<>(2));
        }
        if (keepCurrent) {
            for (NeedAssignment a : needs) {
                if (a.getPlacement() != null) {
                    place(a.getIndex(), a.getPlacement());
                }
            }
        }
    }

    NeedAssignment need(int index) {
        return needs.get(index);
    }

    Placement placementOf(int need) {
        return current[need];
    }

    /** The needs (other than the placement's own) that hold one of its units in overlapping months. */
    List<Integer> clashing(Placement p) {
        List<Integer> clashing = new ArrayList<>(2);
        for (int u : p.unitIndexes()) {
            for (int holder : holders.get(u)) {
                Placement q = current[holder];
                if (holder != p.needIndex() && q.first() < p.end()
                        && p.first() < q.end() && !clashing.contains(holder)) {
                    clashing.add(holder);
                }
            }
        }
        return clashing;
    }

    boolean fits(Placement p) {
        int own = p.needIndex();
        for (int u : p.unitIndexes()) {
            for (int holder : holders.get(u)) {
                Placement q = current[holder];
                if (holder != own && q.first() < p.end() && p.first() < q.end()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The first option of the need, in its cost order from {@code from} on (wrapping), that fits; or null. */
    Placement firstFit(NeedAssignment need, int from) {
        List<Placement> options = need.getOptions();
        int n = options.size();
        for (int k = 0; k < n; k++) {
            Placement p = options.get((from + k) % n);
            if (fits(p)) {
                return p;
            }
        }
        return null;
    }

    /** Records a change and keeps the unit holders up to date. */
    void set(int need, Placement p) {
        Placement old = current[need];
        if (old == p) {
            return;
        }
        if (old != null) {
            for (int u : old.unitIndexes()) {
                holders.get(u).remove(Integer.valueOf(need));
            }
            current[need] = null;
        }
        if (p != null) {
            place(need, p);
        }
        changes.put(need, p);
    }

    private void place(int need, Placement p) {
        current[need] = p;
        for (int u : p.unitIndexes()) {
            holders.get(u).add(need);
        }
    }

    /** The recorded changes that differ from the plan, as one move. */
    ReassignMove toMove() {
        List<NeedAssignment> entities = new ArrayList<>();
        List<Placement> values = new ArrayList<>();
        changes.forEach((need, p) -> {
            NeedAssignment a = needs.get(need);
            if (a.getPlacement() != p) {
                entities.add(a);
                values.add(p);
            }
        });
        return new ReassignMove(entities, values);
    }
}
