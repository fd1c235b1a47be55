package nl.labspace.solver.explain;

import java.util.List;

/**
 * Why a plan is as it is, need by need, in the instance's need order.
 *
 * @param brokenRuleMonths months of double booking or lease clash (the hard score); 0 in a valid plan
 * @param unservedM2       the primary objective (the medium score)
 * @param softPoints       all soft points, fairness included (minus the soft score)
 */
public record PlanExplanation(String instanceName, long brokenRuleMonths, long unservedM2, long softPoints,
                              List<NeedExplanation> needs) {

    public PlanExplanation {
        needs = List.copyOf(needs);
    }
}
