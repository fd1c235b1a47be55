package nl.labspace.solver.engine;

import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The planning solution: one assignment per need plus the leases it must respect. Public, with public getters, so
 * that another module can hold a {@code SolverManager<MatchingPlan, ?>}; built only by
 * {@link MatchingEngine#prepare}, since its index and placements are the engine's own.
 * Mutable because OptaPlanner clones it and sets the score in place.
 */
@PlanningSolution
public class MatchingPlan {

    private String instanceName;
    @ProblemFactCollectionProperty
    private List<LeaseBlock> leaseBlocks;
    @PlanningEntityCollectionProperty
    private List<NeedAssignment> assignments;
    /** Read-only lookup tables for the custom moves, shared (not cloned) between working and best solution. */
    private PlanIndex index;
    /** Unit holders of the working solution, maintained by OccupancyListener; not meaningful on a clone. */
    private Occupancy occupancy;
    /** Shared (not cloned) like the index: lets any best plan tell construction from search. */
    private SearchMark searchMark;
    @PlanningScore
    private HardMediumSoftLongScore score;

    MatchingPlan() {
    }

    MatchingPlan(String instanceName, List<LeaseBlock> leaseBlocks, List<NeedAssignment> assignments, PlanIndex index) {
        this.instanceName = instanceName;
        this.leaseBlocks = List.copyOf(leaseBlocks);
        this.assignments = List.copyOf(assignments);
        this.index = index;
        this.searchMark = new SearchMark();
    }

    public String getInstanceName() {
        return instanceName;
    }

    public List<LeaseBlock> getLeaseBlocks() {
        return leaseBlocks;
    }

    public List<NeedAssignment> getAssignments() {
        return assignments;
    }

    PlanIndex index() {
        return index;
    }

    Occupancy occupancy() {
        return occupancy;
    }

    void setOccupancy(Occupancy occupancy) {
        this.occupancy = occupancy;
    }

    /** CONSTRUCTION until the search of the current solve has found a better plan than construction did. */
    public Progress.Phase getPhase() {
        return searchMark.phaseOf(score);
    }

    SearchMark searchMark() {
        return searchMark;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
