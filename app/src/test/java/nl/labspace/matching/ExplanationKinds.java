package nl.labspace.matching;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import nl.labspace.solver.domain.Containment;
import nl.labspace.solver.domain.GmpGrade;
import nl.labspace.solver.explain.Alternative;
import nl.labspace.solver.explain.Area;
import nl.labspace.solver.explain.CostTerm;
import nl.labspace.solver.explain.Holder;
import nl.labspace.solver.explain.MatchedNeed;
import nl.labspace.solver.explain.PlacementDetail;
import nl.labspace.solver.explain.Reason;
import nl.labspace.solver.explain.UnmatchedNeed;
import nl.labspace.solver.explain.Violation;
import nl.labspace.solver.explain.WhyHere;

/**
 * One engine explanation of every kind, naming the given other needs wherever the engine names holders: every
 * WhyHere code (a cheaper placement held by others, or free), every Violation code, every Reason variant with an
 * alternative that displaces others, and every cost term. Built as the engine's records, so a kind the engine
 * gains and this list lacks shows in {@link #uncovered}.
 */
final class ExplanationKinds {

    static final YearMonth START = YearMonth.of(2027, 2);

    private ExplanationKinds() {
    }

    /** Each WhyHere code, each with every kind of broken rule (the other need of a double booking named). */
    static List<MatchedNeed> matched(String needId, String campus, String unit, String cheaperUnit, List<String> others) {
        List<Violation> violations = List.of(new Violation(Violation.Code.DOUBLE_BOOKED, unit, others.get(0), 3),
                new Violation(Violation.Code.ALREADY_LEASED, unit, null, 2));
        return Arrays.stream(WhyHere.Code.values()).map(code -> new MatchedNeed(needId, placement(campus, unit), violations,
                why(code, campus, cheaperUnit, others))).toList();
    }

    /** Each Reason variant (NoCampusInReach and NoTiming in both forms), with an alternative that displaces others. */
    static List<UnmatchedNeed> unmatched(String needId, String campus, String unit, List<String> others) {
        Alternative alternative = new Alternative(campus, List.of(unit), START, holders(others), 530, 210, true, 90);
        List<Reason> reasons = List.of(new Reason.NoCampusInReach(30.0, List.of("PV26"), "test-campus-a", 41.5),
                new Reason.NoCampusInReach(null, List.of("PV26"), null, null),
                new Reason.NoLabClass(Containment.ML_II, GmpGrade.D, 2), new Reason.MissingFeatures(List.of("fume-hood"), 2),
                new Reason.RentAboveMax(300, 250), new Reason.AreaAboveMax(3625, 525, Containment.ML_II, GmpGrade.NONE),
                new Reason.NoTiming(START, START.plusMonths(4), 24, false),
                new Reason.NoTiming(START, START.plusMonths(4), 24, true), new Reason.NotEnoughArea(1, 300, 50),
                new Reason.AllOptionsTaken(1, 1), new Reason.FreeOptionUnused(1, 1));
        return reasons.stream().map(r -> new UnmatchedNeed(needId, new Area(280, 40), r, List.of(alternative), 640)).toList();
    }

    /** The codes the lists above leave out: none, or a new engine rule to add here. */
    static List<Enum<?>> uncovered() {
        List<String> others = List.of("a", "b");
        List<Enum<?>> missing = new java.util.ArrayList<>();
        List<Reason.Code> reasons = unmatched("n", "c", "u", others).stream().map(u -> u.reason().code()).toList();
        Arrays.stream(Reason.Code.values()).filter(c -> !reasons.contains(c)).forEach(missing::add);
        List<CostTerm.Code> terms = placement("c", "u").terms().stream().map(CostTerm::code).toList();
        Arrays.stream(CostTerm.Code.values()).filter(c -> !terms.contains(c)).forEach(missing::add);
        return missing;
    }

    private static PlacementDetail placement(String campus, String unit) {
        return new PlacementDetail(campus, List.of(unit), START, 24, new Area(300, 50), new Area(280, 40),
                List.of(new CostTerm.Distance(3.2, 32), new CostTerm.Rent(140_000, 140), new CostTerm.WastedArea(30, 30),
                        new CostTerm.CampusFocus("drug-discovery", false, 250),
                        new CostTerm.HomeRegion("PV26", List.of("PV26"), false, 0)), 452);
    }

    private static WhyHere why(WhyHere.Code code, String campus, String cheaperUnit, List<String> others) {
        return switch (code) {
            case ACCEPTED_MATCH, CHEAPEST -> new WhyHere(code, 3, 452, null);
            case CHEAPER_TAKEN -> new WhyHere(code, 3, 452, new WhyHere.Cheaper(campus, List.of(cheaperUnit), START, 300,
                    holders(others)));
            case CHEAPER_FREE -> new WhyHere(code, 3, 452, new WhyHere.Cheaper(campus, List.of(cheaperUnit), START, 300,
                    List.of()));
        };
    }

    private static List<Holder> holders(List<String> needIds) {
        return needIds.stream().map(id -> new Holder(id, 330, id.hashCode() % 2 == 0)).toList();
    }
}
