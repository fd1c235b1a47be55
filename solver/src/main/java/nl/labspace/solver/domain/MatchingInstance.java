package nl.labspace.solver.domain;

import java.util.List;
import java.util.Objects;

/** One matching problem in the labspace-matching/1 sense: facts, existing leases and accepted matches. */
public record MatchingInstance(String name, List<Campus> campuses, List<Unit> units, List<Need> needs,
                               List<Lease> leases, List<Assignment> fixed) {

    public MatchingInstance {
        Objects.requireNonNull(name, "instance name");
        campuses = List.copyOf(campuses);
        units = List.copyOf(units);
        needs = List.copyOf(needs);
        leases = leases == null ? List.of() : List.copyOf(leases);
        fixed = fixed == null ? List.of() : List.copyOf(fixed);
    }
}
