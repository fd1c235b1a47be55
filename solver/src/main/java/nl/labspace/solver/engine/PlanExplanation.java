package nl.labspace.solver.engine;

import java.util.List;

/** Why the plan is as it is, need by need, in words for a campus manager or a founder. */
public record PlanExplanation(String instanceName, String score, List<NeedExplanation> needs) {

    public PlanExplanation {
        needs = List.copyOf(needs);
    }

    /**
     * @param headline one sentence: where the need goes, or that it gets nothing and the binding reason
     * @param details  one line per cost term or per alternative, with numbers
     */
    public record NeedExplanation(String needId, boolean matched, String headline, List<String> details) {

        public NeedExplanation {
            details = List.copyOf(details);
        }
    }
}
