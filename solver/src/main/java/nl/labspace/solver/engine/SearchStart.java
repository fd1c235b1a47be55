package nl.labspace.solver.engine;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The last step of construction: notes the score the search starts from, so that every best plan tells its
 * phase ({@link SearchMark}), and lets a standalone run apply a stop that came before the solver was listening.
 * It changes no planning variable and so no score.
 */
public class SearchStart implements CustomPhaseCommand<MatchingPlan> {

    private final Runnable onStart;

    public SearchStart() {
        this(() -> { });
    }

    SearchStart(Runnable onStart) {
        this.onStart = onStart;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingPlan> scoreDirector) {
        MatchingPlan plan = scoreDirector.getWorkingSolution();
        // The step score of the greedy fill, set on the working plan when that step ended.
        plan.searchMark().searchStarts(plan.getScore());
        onStart.run();
    }
}
