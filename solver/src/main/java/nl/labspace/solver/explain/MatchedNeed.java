package nl.labspace.solver.explain;

import java.util.List;

/** A need the plan serves: where, what it costs, any hard rule it breaks, and why not somewhere cheaper. */
public record MatchedNeed(String needId, PlacementDetail placement, List<Violation> violations, WhyHere whyHere)
        implements NeedExplanation {

    public MatchedNeed {
        violations = List.copyOf(violations);
    }

    @Override
    public Area asked() {
        return placement.asked();
    }
}
