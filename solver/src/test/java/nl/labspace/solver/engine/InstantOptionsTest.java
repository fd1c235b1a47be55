package nl.labspace.solver.engine;

import static nl.labspace.solver.Facts.JAN_2027;
import static nl.labspace.solver.Facts.aNeed;
import static nl.labspace.solver.Facts.aUnit;
import static nl.labspace.solver.Facts.groningen;
import static nl.labspace.solver.Facts.leiden;
import static nl.labspace.solver.Facts.withRent;
import static nl.labspace.solver.Facts.withWindow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.labspace.solver.Facts;
import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.Containment;
import nl.labspace.solver.domain.GmpGrade;
import nl.labspace.solver.domain.Lease;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.domain.MonthRange;
import nl.labspace.solver.domain.Near;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Unit;
import nl.labspace.solver.explain.CostTerm;
import nl.labspace.solver.explain.InstantOption;
import nl.labspace.solver.explain.NeedOptions;
import nl.labspace.solver.explain.Reason;
import nl.labspace.solver.validate.SolutionValidator;

/**
 * Instant options for one need: valid placements only, cheapest first, around leases and accepted matches (never
 * disturbing them), other needs ignored, and the binding reason when there is none.
 */
class InstantOptionsTest {

    private final MatchingEngine engine = new MatchingEngine();
    private final Unit cheap = withRent(aUnit("U-1", "leiden", 300, 100), 100);
    private final Unit dear = aUnit("U-2", "leiden", 300, 100);
    private final Unit north = aUnit("U-3", "groningen", 300, 100);
    /** Wants to be near Leiden (within 300 km): Groningen is reachable but far and outside its home province. */
    private final Need founder = nearLeiden(aNeed("N-1", 300, 100));

    @Test
    void theOptionsAreOnePerUnitSetCheapestFirst() {
        MatchingInstance market = market(List.of(founder), List.of(), List.of());

        NeedOptions options = engine.optionsFor(market, "N-1", 5);

        assertThat(options.reason()).isNull();
        assertThat(options.options()).extracting(o -> o.placement().unitIds().get(0)).containsExactly("U-1", "U-2", "U-3");
        assertThat(options.options()).isSortedAccordingTo(Comparator.comparingLong(o -> o.placement().points()));
        InstantOption first = options.options().get(0);
        // 400 m2 at 100 a year: 40 points of rent, nothing wasted, on the spot; any start in the need's window.
        assertThat(first.placement().terms()).containsExactly(new CostTerm.Distance(0, 0), new CostTerm.Rent(40_000, 40),
                new CostTerm.HomeRegion("PV28", List.of("PV28"), false, 0));
        assertThat(first.placement().start()).isEqualTo(JAN_2027);
        assertThat(first.latestStart()).isEqualTo(JAN_2027.plusMonths(2));
    }

    @Test
    void theLimitKeepsTheCheapest() {
        NeedOptions options = engine.optionsFor(market(List.of(founder), List.of(), List.of()), "N-1", 2);

        assertThat(options.options()).extracting(o -> o.placement().unitIds().get(0)).containsExactly("U-1", "U-2");
    }

    @Test
    void theCheapestOptionCostsWhatTheEnginesCheapestPlacementCosts() {
        // Without accepted matches, both see the same offers of every need; leases are in both.
        MatchingInstance sample = Facts.sample("sample-medium");
        MatchingInstance market = new MatchingInstance(sample.name(), sample.campuses(), sample.units(), sample.needs(),
                sample.leases(), List.of());
        int compared = 0;
        for (NeedAssignment a : engine.prepare(market, null).getAssignments()) {
            NeedOptions options = engine.optionsFor(market, a.getId(), 3);
            assertThat(options.options().isEmpty()).isEqualTo(a.getOptions().isEmpty());
            if (!a.getOptions().isEmpty()) {
                assertThat(options.options().get(0).placement().points())
                        .isEqualTo(MatchingWeights.placementSoft(a.getOptions().get(0).getCost()));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(50);
    }

    @Test
    void everyOptionOfASampleNeedIsValidAtItsFirstAndLastStart() {
        MatchingInstance market = Facts.sample("sample-medium");
        SolutionValidator validator = new SolutionValidator(market);
        for (Need need : market.needs().subList(0, 30)) {
            if (market.fixed().stream().anyMatch(f -> f.needId().equals(need.id()))) {
                continue;
            }
            for (InstantOption option : engine.optionsFor(market, need.id(), 5).options()) {
                for (var start : List.of(option.placement().start(), option.latestStart())) {
                    Assignment alone = new Assignment(need.id(), option.placement().unitIds(), start);
                    assertThat(validator.validate(withOnly(market, alone))).as("%s", alone).isEmpty();
                }
            }
        }
    }

    @Test
    void leasesAndOtherNeedsAcceptedMatchesAreTakenButOtherNeedsAreNot() {
        Need accepted = aNeed("N-2", 300, 100);
        Need rival = aNeed("N-3", 300, 100);
        Lease lease = new Lease("U-2", new MonthRange(JAN_2027, JAN_2027.plusMonths(23)));
        MatchingInstance market = market(List.of(founder, accepted, rival), List.of(lease),
                List.of(new Assignment("N-2", List.of("U-1"), JAN_2027)));

        NeedOptions options = engine.optionsFor(market, "N-1", 5);

        // U-1 is N-2's for 2027 and U-2 leased; N-3 wants U-3 too but holds nothing.
        assertThat(options.options()).extracting(o -> o.placement().unitIds()).containsExactly(List.of("U-3"));
    }

    @Test
    void anAcceptedMatchFreesItsUnitsAfterItsTerm() {
        Need later = withWindow(founder, JAN_2027, JAN_2027.plusMonths(14), 12);
        MatchingInstance market = Facts.instance(List.of(leiden()), List.of(cheap), List.of(later, aNeed("N-2", 300, 100)),
                List.of(), List.of(new Assignment("N-2", List.of("U-1"), JAN_2027)));

        InstantOption option = engine.optionsFor(market, "N-1", 5).options().get(0);

        assertThat(option.placement().start()).isEqualTo(JAN_2027.plusMonths(12));
        assertThat(option.latestStart()).isEqualTo(JAN_2027.plusMonths(14));
    }

    @Test
    void aNeedWithAnAcceptedMatchHasThatMatchAsItsOnlyOption() {
        Assignment own = new Assignment("N-1", List.of("U-2"), JAN_2027.plusMonths(1));
        MatchingInstance market = market(List.of(founder), List.of(), List.of(own));

        NeedOptions options = engine.optionsFor(market, "N-1", 5);

        assertThat(options.options()).hasSize(1);
        assertThat(options.options().get(0).placement().unitIds()).containsExactly("U-2");
        assertThat(options.options().get(0).placement().start()).isEqualTo(own.start());
    }

    @Test
    void everyUnitTakenByAcceptedMatchesIsAllOptionsTaken() {
        MatchingInstance market = Facts.instance(List.of(leiden()), List.of(cheap, dear),
                List.of(founder, aNeed("N-2", 300, 100), aNeed("N-3", 300, 100)), List.of(),
                List.of(new Assignment("N-2", List.of("U-1"), JAN_2027), new Assignment("N-3", List.of("U-2"), JAN_2027)));

        NeedOptions options = engine.optionsFor(market, "N-1", 5);

        assertThat(options.options()).isEmpty();
        assertThat(options.reason()).isEqualTo(new Reason.AllOptionsTaken(2, 1));
    }

    @Test
    void aNeedNoUnitCanHostGetsItsBindingRule() {
        Need highClass = new Need("N-1", "C-1", 100, 0, Containment.ML_III, GmpGrade.NONE, Set.of(), JAN_2027,
                JAN_2027, 12, null, 3, null, Set.of(), null);

        NeedOptions options = engine.optionsFor(market(List.of(highClass), List.of(), List.of()), "N-1", 5);

        assertThat(options.options()).isEmpty();
        assertThat(options.reason()).isEqualTo(new Reason.NoLabClass(Containment.ML_III, GmpGrade.NONE, 2));
    }

    @Test
    void noOptionIsLargerThanTheNeedsMaximumArea() {
        // 100 m2 lab, at most 200 m2: the three 400 m2 units are out, the dearer 150 m2 module is the one option.
        Unit module = withRent(aUnit("U-4", "leiden", 150, 0), 450);
        Need small = aNeed("N-1", 100, 0).withMaxM2(200);
        MatchingInstance market = Facts.instance(List.of(leiden(), groningen()), List.of(cheap, dear, north, module),
                List.of(small), List.of(), List.of());

        NeedOptions options = engine.optionsFor(market, "N-1", 5);

        assertThat(options.options()).extracting(o -> o.placement().unitIds()).containsExactly(List.of("U-4"));
    }

    @Test
    void aNeedWhoseOnlySpaceIsTooLargeHearsTheSmallestAndItsMaximum() {
        Need small = aNeed("N-1", 100, 0).withMaxM2(200);

        NeedOptions options = engine.optionsFor(market(List.of(small), List.of(), List.of()), "N-1", 5);

        assertThat(options.options()).isEmpty();
        assertThat(options.reason()).isEqualTo(new Reason.AreaAboveMax(400, 200, Containment.ML_I, GmpGrade.NONE));
    }

    @Test
    void anUnknownNeedOrLimitIsRefusedByName() {
        MatchingInstance market = market(List.of(founder), List.of(), List.of());

        assertThatThrownBy(() -> engine.optionsFor(market, "N-404", 3)).hasMessageContaining("N-404");
        assertThatThrownBy(() -> engine.optionsFor(market, "N-1", 0)).hasMessageContaining("limit");
    }

    private static Need nearLeiden(Need n) {
        return new Need(n.id(), n.companyId(), n.labM2(), n.officeM2(), n.containment(), n.gmp(), n.features(),
                n.moveInEarliest(), n.moveInLatest(), n.termMonths(), n.maxRentPerM2Year(), n.maxUnits(),
                new Near(leiden().lat(), leiden().lon(), 300), n.provinces(), n.sector());
    }

    private MatchingInstance market(List<Need> needs, List<Lease> leases, List<Assignment> fixed) {
        return Facts.instance(List.of(leiden(), groningen()), List.of(cheap, dear, north), needs, leases, fixed);
    }

    /** The instance's accepted matches plus this one assignment; every other need unassigned. */
    private static MatchingSolution withOnly(MatchingInstance market, Assignment alone) {
        List<Assignment> assignments = new ArrayList<>(market.fixed());
        assignments.add(alone);
        List<String> held = assignments.stream().map(Assignment::needId).toList();
        List<Need> rest = market.needs().stream().filter(n -> !held.contains(n.id())).toList();
        return new MatchingSolution(market.name(), assignments, rest.stream().map(Need::id).toList(),
                rest.stream().mapToLong(Need::totalM2).sum());
    }
}
