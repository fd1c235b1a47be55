package nl.labspace.solver.engine;

import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.offer.OfferCatalog;

/** The planning problem of an instance, for tools that drive OptaPlanner directly (the benchmarker). */
public final class Plans {

    private Plans() {
    }

    public static MatchingPlan of(MatchingInstance instance) {
        return MatchingEngine.plan(OfferCatalog.build(instance), null);
    }
}
