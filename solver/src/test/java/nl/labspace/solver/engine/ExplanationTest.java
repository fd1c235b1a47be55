package nl.labspace.solver.engine;

import static nl.labspace.solver.Facts.JAN_2027;
import static nl.labspace.solver.Facts.aNeed;
import static nl.labspace.solver.Facts.aUnit;
import static nl.labspace.solver.Facts.groningen;
import static nl.labspace.solver.Facts.instance;
import static nl.labspace.solver.Facts.leiden;
import static nl.labspace.solver.Facts.withAvailability;
import static nl.labspace.solver.Facts.withMaxRent;
import static nl.labspace.solver.Facts.withMaxUnits;
import static nl.labspace.solver.Facts.withProvinces;
import static nl.labspace.solver.Facts.withQuality;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.labspace.solver.Facts;
import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Containment;
import nl.labspace.solver.domain.GmpGrade;
import nl.labspace.solver.domain.Lease;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.domain.MonthRange;
import nl.labspace.solver.domain.Near;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Unit;
import nl.labspace.solver.explain.Alternative;
import nl.labspace.solver.explain.Area;
import nl.labspace.solver.explain.CostTerm;
import nl.labspace.solver.explain.Holder;
import nl.labspace.solver.explain.MatchedNeed;
import nl.labspace.solver.explain.NeedExplanation;
import nl.labspace.solver.explain.PlacementDetail;
import nl.labspace.solver.explain.PlanExplanation;
import nl.labspace.solver.explain.Reason;
import nl.labspace.solver.explain.UnmatchedNeed;
import nl.labspace.solver.explain.Violation;
import nl.labspace.solver.explain.WhyHere;

/**
 * Explanations are data: a matched need carries its placement, cost terms with their numbers and why not cheaper;
 * an unmatched need its binding rule as a code with numbers, or the alternatives with whom they would displace.
 */
class ExplanationTest {

    private final MatchingEngine engine = new MatchingEngine();
    private final Unit unit = aUnit("U-1", "leiden", 300, 100);

    @Test
    void aSolvedPlanExplainsExactlyAsItsSolutionDoes() {
        MatchingInstance sample = Facts.sample("sample-small");
        MatchingPlan best = org.optaplanner.core.api.solver.SolverFactory.<MatchingPlan>create(engine.solverConfigSteps(300, 4))
                .buildSolver().solve(engine.prepare(sample, null));

        assertThat(engine.explain(sample, best)).isEqualTo(engine.explain(sample, MatchingEngine.toSolution(best)));
    }

    @Test
    void aMatchedNeedCarriesItsPlacementAndCostTerms() {
        Need need = aNeed("N-1", 250, 100);
        MatchingInstance market = instance(List.of(leiden()), List.of(unit), List.of(need));

        MatchedNeed e = (MatchedNeed) explain(market, served("N-1", "U-1")).get(0);

        PlacementDetail p = e.placement();
        assertThat(p.campusId()).isEqualTo("leiden");
        assertThat(p.unitIds()).containsExactly("U-1");
        assertThat(p.start()).isEqualTo(JAN_2027);
        assertThat(p.termMonths()).isEqualTo(12);
        assertThat(p.served()).isEqualTo(new Area(300, 100));
        assertThat(p.asked()).isEqualTo(new Area(250, 100));
        // 400 m2 at 300 a year: 120,000 a year, 120 points; 50 m2 more than asked, 50 points.
        assertThat(p.terms()).containsExactly(new CostTerm.Rent(120_000, 120), new CostTerm.WastedArea(50, 50));
        assertThat(p.points()).isEqualTo(170);
        assertThat(e.violations()).isEmpty();
        assertThat(e.whyHere()).isEqualTo(new WhyHere(WhyHere.Code.CHEAPEST, 1, 170, null));
    }

    @Test
    void distanceFocusAndRegionTermsCarryTheirNumbersAndProvinceCodes() {
        Campus groningen = new Campus("groningen", 53.2401, 6.5364, "PV20", List.of("medtech"));
        Unit far = aUnit("U-9", "groningen", 300, 100);
        Need n = aNeed("N-1", 300, 100);
        Need leidenFounder = new Need(n.id(), n.companyId(), n.labM2(), n.officeM2(), n.containment(), n.gmp(),
                n.features(), n.moveInEarliest(), n.moveInLatest(), n.termMonths(), null, 3,
                new Near(52.1687, 4.4650, 300), Set.of(), "drug-discovery");
        MatchingInstance market = instance(List.of(leiden(), groningen), List.of(far), List.of(leidenFounder));

        MatchedNeed e = (MatchedNeed) explain(market, served("N-1", "U-9")).get(0);

        List<CostTerm> terms = e.placement().terms();
        assertThat(terms).extracting(CostTerm::code).containsExactly(CostTerm.Code.DISTANCE, CostTerm.Code.RENT,
                CostTerm.Code.CAMPUS_FOCUS, CostTerm.Code.HOME_REGION);
        CostTerm.Distance d = (CostTerm.Distance) terms.get(0);
        assertThat(d.km()).isBetween(183.0, 184.0);
        assertThat(d.points()).isEqualTo(Math.round(d.km() * 10));
        assertThat(terms.get(2)).isEqualTo(new CostTerm.CampusFocus("drug-discovery", false, 250));
        // The home province is the one of the campus nearest the preferred place: Leiden's.
        assertThat(terms.get(3)).isEqualTo(new CostTerm.HomeRegion("PV20", List.of("PV28"), true, 500));
        assertThat(e.placement().points()).isEqualTo(terms.stream().mapToLong(CostTerm::points).sum());
    }

    @Test
    void aNeedAskingForAHigherLabClassThanExistsGetsNoLabClass() {
        Need need = new Need("N-1", "C-1", 100, 0, Containment.ML_III, GmpGrade.NONE, Set.of(), JAN_2027,
                JAN_2027, 12, null, 3, null, Set.of(), null);
        MatchingInstance market = instance(List.of(leiden()), List.of(unit), List.of(need));

        assertThat(reasonOf(market)).isEqualTo(new Reason.NoLabClass(Containment.ML_III, GmpGrade.NONE, 1));
    }

    @Test
    void aNeedAskingForAFeatureNoLabOfItsClassHasGetsMissingFeatures() {
        Need need = new Need("N-1", "C-1", 100, 0, Containment.ML_I, GmpGrade.NONE, Set.of("cleanroom", "fume-hood"),
                JAN_2027, JAN_2027, 12, null, 3, null, Set.of(), null);
        MatchingInstance market = instance(List.of(leiden()), List.of(unit), List.of(need));

        assertThat(reasonOf(market)).isEqualTo(new Reason.MissingFeatures(List.of("cleanroom", "fume-hood"), 1));
    }

    @Test
    void aNeedBelowEveryRentGetsRentAboveMax() {
        MatchingInstance market = instance(List.of(leiden()), List.of(unit), List.of(withMaxRent(aNeed("N-1", 100, 0), 250.0)));

        assertThat(reasonOf(market)).isEqualTo(new Reason.RentAboveMax(300, 250));
    }

    @Test
    void aNeedWhoseOnlySpaceIsTooLargeGetsAreaAboveMaxWithTheSmallestSpace() {
        // A start-up asks 100 m2 lab, at most 200 m2: the campus has 400 m2 and 3,000 m2 units of its class.
        Unit floor = aUnit("U-2", "leiden", 2000, 1000);
        MatchingInstance market = instance(List.of(leiden()), List.of(floor, unit), List.of(aNeed("N-1", 100, 0)
                .withMaxM2(200)));

        assertThat(reasonOf(market)).isEqualTo(new Reason.AreaAboveMax(400, 200, Containment.ML_I, GmpGrade.NONE));
    }

    @Test
    void theSmallestSpaceMayBeASetOfUnits() {
        // 100 lab + 100 office at most 250 m2: only the lab-only and the office-only unit together cover it (300 m2).
        Unit lab = aUnit("U-2", "leiden", 150, 0);
        Unit office = aUnit("U-3", "leiden", 0, 150);
        MatchingInstance market = instance(List.of(leiden()), List.of(lab, office, aUnit("U-4", "leiden", 600, 400)),
                List.of(aNeed("N-1", 100, 100).withMaxM2(250)));

        assertThat(reasonOf(market)).isEqualTo(new Reason.AreaAboveMax(300, 250, Containment.ML_I, GmpGrade.NONE));
    }

    @Test
    void theSizeBoundIsNamedBeforeTimingButAfterRent() {
        // The only unit is too large and also not free in the window: the size is what the founder hears.
        Unit late = withAvailability(unit, JAN_2027.plusMonths(6), null);
        Need need = aNeed("N-1", 100, 0).withMaxM2(200);
        assertThat(reasonOf(instance(List.of(leiden()), List.of(late), List.of(need))))
                .isEqualTo(new Reason.AreaAboveMax(400, 200, Containment.ML_I, GmpGrade.NONE));
        // Too dear as well: the rent binds first.
        assertThat(reasonOf(instance(List.of(leiden()), List.of(late), List.of(withMaxRent(need, 250.0)))))
                .isEqualTo(new Reason.RentAboveMax(300, 250));
    }

    @Test
    void aNeedWhoseUnitsFreeUpTooLateGetsNoTiming() {
        Unit late = withAvailability(unit, JAN_2027.plusMonths(6), null);
        MatchingInstance market = instance(List.of(leiden()), List.of(late), List.of(aNeed("N-1", 100, 0)));

        assertThat(reasonOf(market)).isEqualTo(new Reason.NoTiming(JAN_2027, JAN_2027.plusMonths(2), 12, false));
    }

    @Test
    void aNeedWhoseUnitsAreNeverFreeTogetherGetsNoTimingTogether() {
        // Each unit alone is free in the window, but U-2 is leased while U-1 is free and the need needs both.
        Unit u1 = aUnit("U-1", "leiden", 200, 0);
        Unit u2 = aUnit("U-2", "leiden", 200, 0);
        Need need = Facts.withWindow(aNeed("N-1", 400, 0), JAN_2027, JAN_2027.plusMonths(12), 6);
        Lease blocksEarly = new Lease("U-2", new MonthRange(JAN_2027, JAN_2027.plusMonths(11)));
        Lease blocksLate = new Lease("U-1", new MonthRange(JAN_2027.plusMonths(6), JAN_2027.plusMonths(30)));
        MatchingInstance market = Facts.instance(List.of(leiden()), List.of(u1, u2), List.of(need),
                List.of(blocksEarly, blocksLate), List.of());

        assertThat(reasonOf(market)).isEqualTo(new Reason.NoTiming(JAN_2027, JAN_2027.plusMonths(12), 6, true));
    }

    @Test
    void aNeedLargerThanAnyCampusGetsNotEnoughArea() {
        Need need = withMaxUnits(aNeed("N-1", 500, 0), 1);
        MatchingInstance market = instance(List.of(leiden()), List.of(unit, aUnit("U-2", "leiden", 300, 0)), List.of(need));

        assertThat(reasonOf(market)).isEqualTo(new Reason.NotEnoughArea(1, 300, 100));
    }

    @Test
    void aNeedTooFarFromEveryCampusIsToldTheNearestOne() {
        Need n = aNeed("N-1", 100, 0);
        Need far = new Need(n.id(), n.companyId(), n.labM2(), n.officeM2(), n.containment(), n.gmp(), n.features(),
                n.moveInEarliest(), n.moveInLatest(), n.termMonths(), null, 3, new Near(53.2, 6.56, 10), Set.of(), null);
        MatchingInstance market = instance(List.of(leiden()), List.of(unit), List.of(far));

        Reason.NoCampusInReach r = (Reason.NoCampusInReach) reasonOf(market);

        assertThat(r.maxKm()).isEqualTo(10.0);
        assertThat(r.nearestCampusId()).isEqualTo("leiden");
        assertThat(r.nearestKm()).isBetween(181.0, 183.0);
    }

    @Test
    void aNeedOnlyInProvincesWithoutACampusGetsThoseProvinces() {
        Need need = withProvinces(aNeed("N-1", 100, 0), Set.of("PV31", "PV30"));
        MatchingInstance market = instance(List.of(leiden(), groningen()), List.of(unit), List.of(need));

        assertThat(reasonOf(market)).isEqualTo(new Reason.NoCampusInReach(null, List.of("PV30", "PV31"), null, null));
    }

    @Test
    void aNeedOutCompetedForTheOnlyUnitSeesWhomItWouldDisplace() {
        Unit hooded = withQuality(unit, Containment.ML_II, GmpGrade.NONE, Set.of("fume-hood"));
        MatchingInstance market = instance(List.of(leiden()), List.of(hooded),
                List.of(aNeed("N-1", 300, 100), aNeed("N-2", 200, 0)));

        UnmatchedNeed e = (UnmatchedNeed) explain(market, served("N-1", "U-1")).get(1);

        assertThat(e.asked()).isEqualTo(new Area(200, 0));
        assertThat(e.reason()).isEqualTo(new Reason.AllOptionsTaken(1, 1));
        assertThat(e.alternatives()).hasSize(1);
        Alternative alt = e.alternatives().get(0);
        assertThat(alt.campusId()).isEqualTo("leiden");
        assertThat(alt.unitIds()).containsExactly("U-1");
        assertThat(alt.displaced()).containsExactly(new Holder("N-1", 400, false));
        assertThat(alt.displacedM2()).isEqualTo(400);
        assertThat(alt.netUnservedM2()).isEqualTo(200);
        assertThat(alt.breaksAcceptedMatch()).isFalse();
        // Both needs are of company C-1: the company is short only N-2's area.
        assertThat(e.companyUnservedM2()).isEqualTo(200);
    }

    @Test
    void aCheaperPlacementHeldByAnAcceptedMatchIsNamedWithItsHolder() {
        Unit cheap = Facts.withRent(aUnit("U-1", "leiden", 300, 100), 100);
        Unit dear = aUnit("U-2", "leiden", 300, 100);
        Assignment accepted = new Assignment("N-2", List.of("U-1"), JAN_2027);
        MatchingInstance market = Facts.instance(List.of(leiden()), List.of(cheap, dear),
                List.of(aNeed("N-1", 300, 100), aNeed("N-2", 300, 100)), List.of(), List.of(accepted));
        MatchingSolution solution = new MatchingSolution("test",
                List.of(new Assignment("N-1", List.of("U-2"), JAN_2027), accepted), List.of(), 0);

        List<NeedExplanation> needs = explain(market, solution);

        WhyHere why = ((MatchedNeed) needs.get(0)).whyHere();
        assertThat(why.code()).isEqualTo(WhyHere.Code.CHEAPER_TAKEN);
        assertThat(why.cheaper().unitIds()).containsExactly("U-1");
        assertThat(why.cheaper().heldBy()).containsExactly(new Holder("N-2", 400, true));
        assertThat(why.cheaper().points()).isLessThan(why.chosenPoints());
        assertThat(((MatchedNeed) needs.get(1)).whyHere().code()).isEqualTo(WhyHere.Code.ACCEPTED_MATCH);
    }

    @Test
    void aNeedLeftOutWhileItsUnitIsFreeIsAMissedOption() {
        MatchingInstance market = instance(List.of(leiden()), List.of(unit), List.of(aNeed("N-1", 100, 0)));

        UnmatchedNeed e = (UnmatchedNeed) explain(market, nobody()).get(0);

        assertThat(e.reason()).isEqualTo(new Reason.FreeOptionUnused(1, 1));
        assertThat(e.alternatives().get(0).displaced()).isEmpty();
        assertThat(e.alternatives().get(0).netUnservedM2()).isEqualTo(-100);
    }

    @Test
    void aDoubleBookingInAForeignPlanIsAViolationOfBothNeeds() {
        MatchingInstance market = instance(List.of(leiden()), List.of(unit),
                List.of(aNeed("N-1", 100, 0), aNeed("N-2", 100, 0)));
        MatchingSolution clash = new MatchingSolution("test", List.of(new Assignment("N-1", List.of("U-1"), JAN_2027),
                new Assignment("N-2", List.of("U-1"), JAN_2027.plusMonths(2))), List.of(), 0);

        PlanExplanation plan = engine.explain(market, clash);

        assertThat(plan.brokenRuleMonths()).isEqualTo(10);
        assertThat(((MatchedNeed) plan.needs().get(0)).violations())
                .containsExactly(new Violation(Violation.Code.DOUBLE_BOOKED, "U-1", "N-2", 10));
        assertThat(((MatchedNeed) plan.needs().get(1)).violations())
                .containsExactly(new Violation(Violation.Code.DOUBLE_BOOKED, "U-1", "N-1", 10));
    }

    @Test
    void everyNeedOfASolvedSampleIsExplainedAndThePointsAddUpToTheScore() {
        MatchingInstance sample = Facts.sample("sample-small");
        MatchingSolution solution = engine.solve(sample, Duration.ofSeconds(1), 3L);

        PlanExplanation plan = engine.explain(sample, solution);

        assertThat(plan.needs()).hasSize(sample.needs().size());
        assertThat(plan.needs().stream().filter(MatchedNeed.class::isInstance).count())
                .isEqualTo(solution.assignments().size());
        assertThat(plan.brokenRuleMonths()).isZero();
        assertThat(plan.unservedM2()).isEqualTo(solution.unservedM2());
        // Soft score = the matched needs' placement points + fairness, which only unserved companies pay.
        long placementPoints = plan.needs().stream().filter(MatchedNeed.class::isInstance)
                .mapToLong(n -> ((MatchedNeed) n).placement().points()).sum();
        long fairness = plan.needs().stream().filter(UnmatchedNeed.class::isInstance)
                .map(n -> (UnmatchedNeed) n).collect(java.util.stream.Collectors.toMap(
                        n -> sample.needs().stream().filter(x -> x.id().equals(n.needId())).findFirst().orElseThrow().companyId(),
                        UnmatchedNeed::companyUnservedM2, (a, b) -> a))
                .values().stream().mapToLong(MatchingWeights::fairness).sum();
        assertThat(plan.softPoints()).isEqualTo(placementPoints + fairness);
    }

    private List<NeedExplanation> explain(MatchingInstance market, MatchingSolution solution) {
        return engine.explain(market, solution).needs();
    }

    private Reason reasonOf(MatchingInstance market) {
        return ((UnmatchedNeed) explain(market, nobody()).get(0)).reason();
    }

    private static MatchingSolution served(String needId, String unitId) {
        return new MatchingSolution("test", List.of(new Assignment(needId, List.of(unitId), JAN_2027)), List.of(), 0);
    }

    private static MatchingSolution nobody() {
        return new MatchingSolution("test", List.of(), List.of("N-1"), 0);
    }
}
