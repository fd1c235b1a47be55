package nl.labspace.solver.engine;

import java.util.List;

import nl.labspace.solver.offer.OfferCatalog;

final class MatchExplainer {
    private final OfferCatalog catalog;

    MatchExplainer(OfferCatalog catalog) {
        this.catalog = catalog;
    }

    PlanExplanation explain(MatchingPlan plan) {
        return new PlanExplanation(plan.getInstanceName(), "", List.of());
    }
}
