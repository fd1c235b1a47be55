package nl.labspace.solver.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Give a need one of its placements, evict the needs that hold those units in those months, and move each evicted
 * need to another placement that still fits, if it has one. A plain change move would only ever see a
 * double booking here; this one crosses it in a single step.
 */
public class AssignAndEvictMoveFactory implements MoveIteratorFactory<MatchingPlan, ReassignMove> {

    /** Options compared per move: the one displacing the least area wins. */
    private static final int TOURNAMENT = 3;

    @Override
    public long getSize(ScoreDirector<MatchingPlan> scoreDirector) {
        return scoreDirector.getWorkingSolution().getAssignments().stream().mapToLong(a -> a.getOptions().size()).sum();
    }

    @Override
    public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<MatchingPlan> scoreDirector) {
        throw new UnsupportedOperationException("random selection only");
    }

    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<MatchingPlan> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ReassignMove next() {
                return build(scoreDirector.getWorkingSolution(), random);
            }
        };
    }

    static ReassignMove build(MatchingPlan plan, Random random) {
        List<NeedAssignment> movable = new ArrayList<>();
        List<NeedAssignment> unassigned = new ArrayList<>();
        for (NeedAssignment a : plan.getAssignments()) {
            if (!a.isPinned() && !a.getOptions().isEmpty()) {
                movable.add(a);
                if (a.getPlacement() == null) {
                    unassigned.add(a);
                }
            }
        }
        if (movable.isEmpty()) {
            return new ReassignMove(List.of(), List.of());
        }
        List<NeedAssignment> pool = !unassigned.isEmpty() && random.nextInt(5) > 0 ? unassigned : movable;
        NeedAssignment target = pool.get(random.nextInt(pool.size()));
        Sketch occupancy = new Sketch(plan.occupancy());
        Placement best = null;
        long bestDisplaced = Long.MAX_VALUE;
        for (int t = 0; t < TOURNAMENT; t++) {
            Placement p = target.getOptions().get(random.nextInt(target.getOptions().size()));
            long displaced = displaced(occupancy, p);
            if (p != target.getPlacement() && displaced < bestDisplaced) {
                best = p;
                bestDisplaced = displaced;
            }
        }
        if (best == null) {
            return new ReassignMove(List.of(), List.of());
        }
        List<Integer> evicted = occupancy.clashing(best);
        for (int e : evicted) {
            occupancy.set(e, null);
        }
        occupancy.set(target.getIndex(), best);
        evicted.sort(Comparator.comparingInt((Integer e) -> -occupancy.need(e).getNeed().totalM2()));
        for (int e : evicted) {
            NeedAssignment a = occupancy.need(e);
            occupancy.set(e, occupancy.firstFit(a.getOptions(),
                    random.nextInt(4) == 0 ? random.nextInt(a.getOptions().size()) : 0, plan.index().scanLimit()));
        }
        return occupancy.toMove();
    }

    /** The area of the needs this placement would evict; pinned needs cannot be evicted at all. */
    private static long displaced(Sketch occupancy, Placement p) {
        long m2 = 0;
        for (int e : occupancy.clashing(p)) {
            NeedAssignment a = occupancy.need(e);
            if (a.isPinned()) {
                return Long.MAX_VALUE;
            }
            m2 += a.getNeed().totalM2();
        }
        return m2;
    }
}
