package nl.labspace.solver.explain;

import java.util.List;

/**
 * A need the plan leaves without space.
 *
 * @param alternatives       up to three ways to serve it anyway, one per campus, least displaced area first;
 *                           empty when it has no valid option
 * @param companyUnservedM2  all area its company is left without in this plan, this need included
 */
public record UnmatchedNeed(String needId, Area asked, Reason reason, List<Alternative> alternatives,
                            long companyUnservedM2) implements NeedExplanation {

    public UnmatchedNeed {
        alternatives = List.copyOf(alternatives);
    }
}
