package nl.labspace.solver.domain;

import java.util.List;

/** The labspace-matching-solution/1 result: every need is either assigned or listed as unassigned. */
public record MatchingSolution(String instanceName, List<Assignment> assignments, List<String> unassigned,
                               long unservedM2) {

    public MatchingSolution {
        assignments = List.copyOf(assignments);
        unassigned = List.copyOf(unassigned);
    }
}
