package nl.labspace.solver.engine;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/** Keeps the working plan's {@link Occupancy} in step with every placement change, undo moves included. */
public class OccupancyListener implements VariableListener<MatchingPlan, NeedAssignment> {

    @Override
    public void resetWorkingSolution(ScoreDirector<MatchingPlan> scoreDirector) {
        MatchingPlan plan = scoreDirector.getWorkingSolution();
        for (NeedAssignment a : plan.getAssignments()) {
            a.setHeld(a.getPlacement());
        }
        plan.setOccupancy(Occupancy.of(plan));
    }

    @Override
    public void beforeVariableChanged(ScoreDirector<MatchingPlan> scoreDirector, NeedAssignment need) {
        // The old placement is still in the occupancy; nothing to do until the new one is known.
    }

    @Override
    public void afterVariableChanged(ScoreDirector<MatchingPlan> scoreDirector, NeedAssignment need) {
        scoreDirector.beforeVariableChanged(need, NeedAssignment.HELD);
        need.setHeld(need.getPlacement());
        scoreDirector.afterVariableChanged(need, NeedAssignment.HELD);
        Occupancy occupancy = scoreDirector.getWorkingSolution().occupancy();
        if (occupancy != null) {
            occupancy.move(need.getIndex(), need.getPlacement());
        }
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<MatchingPlan> scoreDirector, NeedAssignment need) {
    }

    @Override
    public void afterEntityAdded(ScoreDirector<MatchingPlan> scoreDirector, NeedAssignment need) {
        afterVariableChanged(scoreDirector, need);
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<MatchingPlan> scoreDirector, NeedAssignment need) {
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<MatchingPlan> scoreDirector, NeedAssignment need) {
        Occupancy occupancy = scoreDirector.getWorkingSolution().occupancy();
        if (occupancy != null) {
            occupancy.move(need.getIndex(), null);
        }
    }
}
