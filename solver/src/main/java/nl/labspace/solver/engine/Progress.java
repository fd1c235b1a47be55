package nl.labspace.solver.engine;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * How far a run has got, read from any best plan (a run's listener, or a SolverManager's best-solution consumer):
 * enough for a live "m² still unserved" figure.
 *
 * @param phase         CONSTRUCTION for a plan of the greedy fill or warm-start repair, SEARCH for one the local
 *                      search found
 * @param elapsedMillis the caller's clock since the run started: a plan carries no time
 * @param feasible      the plan's score is known and breaks no hard rule (no double booking, no lease clash)
 */
public record Progress(Phase phase, long elapsedMillis, long unservedM2, int matchedNeeds, int totalNeeds,
                       boolean feasible) {

    public enum Phase { CONSTRUCTION, SEARCH }

    public static Progress of(MatchingPlan best, long elapsedMillis) {
        long unserved = 0;
        int matched = 0;
        for (NeedAssignment a : best.getAssignments()) {
            if (a.isAssigned()) {
                matched++;
            } else {
                unserved += a.getNeed().totalM2();
            }
        }
        HardMediumSoftLongScore score = best.getScore();
        return new Progress(best.getPhase(), elapsedMillis, unserved, matched, best.getAssignments().size(),
                score != null && score.isSolutionInitialized() && score.hardScore() == 0);
    }
}
