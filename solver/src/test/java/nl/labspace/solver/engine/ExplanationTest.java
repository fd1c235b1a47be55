package nl.labspace.solver.engine;

import static nl.labspace.solver.Facts.JAN_2027;
import static nl.labspace.solver.Facts.aNeed;
import static nl.labspace.solver.Facts.aUnit;
import static nl.labspace.solver.Facts.instance;
import static nl.labspace.solver.Facts.leiden;
import static nl.labspace.solver.Facts.withAvailability;
import static nl.labspace.solver.Facts.withMaxRent;
import static nl.labspace.solver.Facts.withQuality;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.labspace.solver.Facts;
import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.Containment;
import nl.labspace.solver.domain.GmpGrade;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.domain.Near;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Unit;
import nl.labspace.solver.engine.PlanExplanation.NeedExplanation;

/** Each why-not names its binding rule; a matched need's explanation carries its cost terms with numbers. */
class ExplanationTest {

    private final MatchingEngine engine = new MatchingEngine();
    private final Unit unit = aUnit("U-1", "leiden", 300, 100);

    @Test
    void aMatchedNeedIsExplainedByItsCostTerms() {
        Need need = aNeed("N-1", 250, 100);
        MatchingInstance market = instance(List.of(leiden()), List.of(unit), List.of(need));

        NeedExplanation e = explain(market, served("N-1", "U-1")).get(0);

        assertThat(e.matched()).isTrue();
        assertThat(e.headline()).contains("U-1", "leiden", "2027-01");
        assertThat(e.details()).contains("Rent: € 120,000 a year for U-1 (120 points).",
                "Wasted area: 50 m² more than asked (50 points).");
    }

    @Test
    void aNeedAskingForAHigherLabClassThanExistsIsToldSo() {
        Need need = new Need("N-1", "C-1", 100, 0, Containment.ML_III, GmpGrade.NONE, Set.of(), JAN_2027,
                JAN_2027, 12, null, 3, null, Set.of(), null);
        MatchingInstance market = instance(List.of(leiden()), List.of(unit), List.of(need));

        assertThat(explain(market, nobody()).get(0).headline()).contains("no lab with containment ML-III");
    }

    @Test
    void aNeedBelowEveryRentIsOverBudget() {
        MatchingInstance market = instance(List.of(leiden()), List.of(unit), List.of(withMaxRent(aNeed("N-1", 100, 0), 250.0)));

        assertThat(explain(market, nobody()).get(0).headline()).contains("over budget", "€ 300 per m²", "€ 250");
    }

    @Test
    void aNeedWhoseUnitsFreeUpTooLateIsATimingProblem() {
        Unit late = withAvailability(unit, JAN_2027.plusMonths(6), null);
        MatchingInstance market = instance(List.of(leiden()), List.of(late), List.of(aNeed("N-1", 100, 0)));

        assertThat(explain(market, nobody()).get(0).headline()).contains("timing");
    }

    @Test
    void aNeedTooFarFromEveryCampusIsToldTheNearestOne() {
        Need n = aNeed("N-1", 100, 0);
        Need far = new Need(n.id(), n.companyId(), n.labM2(), n.officeM2(), n.containment(), n.gmp(), n.features(),
                n.moveInEarliest(), n.moveInLatest(), n.termMonths(), null, 3, new Near(53.2, 6.56, 10), Set.of(), null);
        MatchingInstance market = instance(List.of(leiden()), List.of(unit), List.of(far));

        assertThat(explain(market, nobody()).get(0).headline()).contains("no campus within 10 km", "nearest: leiden");
    }

    @Test
    void aNeedOutCompetedForTheOnlyUnitSeesWhomItWouldDisplace() {
        Unit hooded = withQuality(unit, Containment.ML_II, GmpGrade.NONE, Set.of("fume-hood"));
        MatchingInstance market = instance(List.of(leiden()), List.of(hooded),
                List.of(aNeed("N-1", 300, 100), aNeed("N-2", 200, 0)));

        NeedExplanation e = explain(market, served("N-1", "U-1")).get(1);

        assertThat(e.matched()).isFalse();
        assertThat(e.headline()).contains("taken by other needs");
        assertThat(e.details()).anyMatch(line -> line.contains("displace N-1 (400 m²)") && line.contains("net +200 m²"));
    }

    @Test
    void everyNeedOfASolvedSampleIsExplained() {
        MatchingInstance sample = Facts.sample("sample-tiny");
        MatchingSolution solution = engine.solve(sample, Duration.ofSeconds(1), 3L);

        PlanExplanation plan = engine.explain(sample, solution);

        assertThat(plan.needs()).hasSize(sample.needs().size());
        assertThat(plan.needs().stream().filter(NeedExplanation::matched).count()).isEqualTo(solution.assignments().size());
        assertThat(plan.needs()).allMatch(n -> !n.headline().isBlank());
    }

    private List<NeedExplanation> explain(MatchingInstance market, MatchingSolution solution) {
        return engine.explain(market, solution).needs();
    }

    private static MatchingSolution served(String needId, String unitId) {
        return new MatchingSolution("test", List.of(new Assignment(needId, List.of(unitId), JAN_2027)), List.of(), 0);
    }

    private static MatchingSolution nobody() {
        return new MatchingSolution("test", List.of(), List.of("N-1"), 0);
    }
}
