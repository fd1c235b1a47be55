package nl.labspace.solver.engine;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The score at which the search of a solve started, shared by a plan and all its clones (OptaPlanner copies the
 * reference, as for PlanIndex). A best plan found by the search scores strictly better than that, so any best
 * plan tells its phase, even when read later on another thread. A field copied into clones would not do: each
 * phase starts from a clone of the best plan, which the marking step did not change.
 */
final class SearchMark {

    private volatile HardMediumSoftLongScore startScore;

    void reset() {
        startScore = null;
    }

    void searchStarts(HardMediumSoftLongScore score) {
        startScore = score;
    }

    Progress.Phase phaseOf(HardMediumSoftLongScore score) {
        HardMediumSoftLongScore start = startScore;
        return start != null && score != null && score.compareTo(start) > 0 ? Progress.Phase.SEARCH
                : Progress.Phase.CONSTRUCTION;
    }
}
