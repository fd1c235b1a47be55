package nl.labspace.solver.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintJustification;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.engine.Justifications.CompanyShortage;
import nl.labspace.solver.engine.Justifications.DoubleBooking;
import nl.labspace.solver.engine.Justifications.LeaseClash;
import nl.labspace.solver.explain.MatchedNeed;
import nl.labspace.solver.explain.NeedExplanation;
import nl.labspace.solver.explain.PlanExplanation;
import nl.labspace.solver.explain.Violation;
import nl.labspace.solver.explain.WhyHere;

/**
 * Explains a plan need by need, as data. The score, broken rules and company shortages come from OptaPlanner's
 * score explanation (the constraints' justifications); a matched need's cost terms from {@link CostTerms}, with the
 * same weights; an unmatched need's reason from {@link WhyNot}.
 */
final class MatchExplainer {

    private final MatchingInstance instance;

    MatchExplainer(MatchingInstance instance) {
        this.instance = instance;
    }

    PlanExplanation explain(MatchingPlan plan) {
        SolverFactory<MatchingPlan> factory = SolverFactory.create(
                SolverConfigs.of(EngineSettings.DEFAULT, Duration.ZERO, 0L));
        SolutionManager<MatchingPlan, HardMediumSoftLongScore> manager = SolutionManager.create(factory);
        ScoreExplanation<MatchingPlan, HardMediumSoftLongScore> explanation = manager.explain(plan);
        Map<String, List<Violation>> violations = new HashMap<>();
        Map<String, Long> shortage = new HashMap<>();
        for (ConstraintJustification j : explanation.getJustificationList()) {
            if (j instanceof CompanyShortage s) {
                shortage.put(s.companyId(), s.unservedM2());
            } else if (j instanceof DoubleBooking b) {
                add(violations, b.needA(), new Violation(Violation.Code.DOUBLE_BOOKED, b.unitId(), b.needB(), b.months()));
                add(violations, b.needB(), new Violation(Violation.Code.DOUBLE_BOOKED, b.unitId(), b.needA(), b.months()));
            } else if (j instanceof LeaseClash l) {
                add(violations, l.needId(), new Violation(Violation.Code.ALREADY_LEASED, l.unitId(), null, l.months()));
            }
        }
        Sketch occupancy = new Sketch(Occupancy.of(plan));
        WhyNot whyNot = new WhyNot(instance, occupancy);
        List<NeedExplanation> needs = new ArrayList<>();
        for (NeedAssignment a : plan.getAssignments()) {
            if (a.getPlacement() != null) {
                needs.add(new MatchedNeed(a.getId(), CostTerms.detail(a.getPlacement()),
                        violations.getOrDefault(a.getId(), List.of()), whyHere(a, occupancy)));
            } else {
                long own = a.getNeed().totalM2();
                needs.add(whyNot.explain(a, shortage.getOrDefault(MatchingConstraints.company(a), own)));
            }
        }
        HardMediumSoftLongScore score = explanation.getScore();
        return new PlanExplanation(plan.getInstanceName(), -score.hardScore(), -score.mediumScore(),
                -score.softScore(), needs);
    }

    private static void add(Map<String, List<Violation>> violations, String needId, Violation v) {
        violations.computeIfAbsent(needId, k -> new ArrayList<>()).add(v);
    }

    /** Why not a cheaper option: the cheapest one is either this one, or held by other needs in those months. */
    private static WhyHere whyHere(NeedAssignment a, Sketch occupancy) {
        int valid = WhyNot.unitSets(a.getOptions());
        long chosen = MatchingWeights.placementSoft(a.getPlacement().getCost());
        if (a.isPinned()) {
            return new WhyHere(WhyHere.Code.ACCEPTED_MATCH, valid, chosen, null);
        }
        Placement cheapest = a.getOptions().get(0);
        long cheapestPoints = MatchingWeights.placementSoft(cheapest.getCost());
        if (cheapestPoints >= chosen) {
            return new WhyHere(WhyHere.Code.CHEAPEST, valid, chosen, null);
        }
        var heldBy = WhyNot.holders(occupancy, cheapest);
        return new WhyHere(heldBy.isEmpty() ? WhyHere.Code.CHEAPER_FREE : WhyHere.Code.CHEAPER_TAKEN, valid, chosen,
                new WhyHere.Cheaper(cheapest.getCampus().id(), cheapest.unitIds(), cheapest.getStart(), cheapestPoints,
                        heldBy));
    }
}
