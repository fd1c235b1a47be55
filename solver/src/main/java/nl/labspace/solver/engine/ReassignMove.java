package nl.labspace.solver.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/** Sets the placement of several needs at once: the shape of every custom move (assign-and-evict, ruin-and-recreate). */
final class ReassignMove extends AbstractMove<MatchingPlan> {

    private final List<NeedAssignment> needs;
    private final List<Placement> placements;

    ReassignMove(List<NeedAssignment> needs, List<Placement> placements) {
        this.needs = List.copyOf(needs);
        this.placements = new ArrayList<>(placements);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<MatchingPlan> scoreDirector) {
        for (int i = 0; i < needs.size(); i++) {
            if (needs.get(i).getPlacement() != placements.get(i)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected ReassignMove createUndoMove(ScoreDirector<MatchingPlan> scoreDirector) {
        return new ReassignMove(needs, needs.stream().map(NeedAssignment::getPlacement).toList());
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<MatchingPlan> scoreDirector) {
        for (int i = 0; i < needs.size(); i++) {
            NeedAssignment need = needs.get(i);
            scoreDirector.beforeVariableChanged(need, NeedAssignment.PLACEMENT);
            need.setPlacement(placements.get(i));
            scoreDirector.afterVariableChanged(need, NeedAssignment.PLACEMENT);
        }
    }

    @Override
    public ReassignMove rebase(ScoreDirector<MatchingPlan> destination) {
        List<Placement> rebased = new ArrayList<>();
        for (Placement p : placements) {
            rebased.add(p == null ? null : destination.lookUpWorkingObject(p));
        }
        return new ReassignMove(rebaseList(needs, destination), rebased);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return needs;
    }

    @Override
    public Collection<?> getPlanningValues() {
        return placements.stream().filter(Objects::nonNull).toList();
    }

    int size() {
        return needs.size();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Reassign{");
        for (int i = 0; i < needs.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(needs.get(i).getId()).append("->").append(placements.get(i));
        }
        return s.append('}').toString();
    }
}
