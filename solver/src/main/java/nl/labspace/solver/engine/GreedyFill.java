package nl.labspace.solver.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Construction and warm-start repair in one pass. Pinned matches go in first; a carried-over assignment stays
 * when it still fits, else its need is released; then every unassigned need, largest first, takes its cheapest
 * placement that fits. Much faster than a generic construction heuristic, which scores every placement of
 * every need, and it keeps the previous plan intact where it can (what makes a re-solve quick).
 */
public class GreedyFill implements CustomPhaseCommand<MatchingPlan> {

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingPlan> scoreDirector) {
        MatchingPlan plan = scoreDirector.getWorkingSolution();
        // A plan solved again starts in construction.
        plan.searchMark().reset();
        Sketch occupancy = new Sketch(Occupancy.empty(plan));
        List<NeedAssignment> order = new ArrayList<>(plan.getAssignments());
        order.sort(Comparator.comparing((NeedAssignment a) -> !a.isPinned())
                .thenComparingInt(a -> -a.getNeed().totalM2())
                .thenComparingInt(NeedAssignment::getIndex));
        for (NeedAssignment a : order) {
            Placement kept = a.getPlacement();
            if (kept != null && (a.isPinned() || occupancy.fits(kept))) {
                occupancy.set(a.getIndex(), kept);
            }
        }
        for (NeedAssignment a : order) {
            if (!a.isPinned() && occupancy.placementOf(a.getIndex()) == null && !a.getOptions().isEmpty()) {
                occupancy.set(a.getIndex(), occupancy.firstFit(a.getOptions(), 0));
            }
        }
        for (NeedAssignment a : plan.getAssignments()) {
            Placement p = occupancy.placementOf(a.getIndex());
            if (a.getPlacement() != p) {
                scoreDirector.beforeVariableChanged(a, NeedAssignment.PLACEMENT);
                a.setPlacement(p);
                scoreDirector.afterVariableChanged(a, NeedAssignment.PLACEMENT);
            }
        }
        scoreDirector.triggerVariableListeners();
    }
}
