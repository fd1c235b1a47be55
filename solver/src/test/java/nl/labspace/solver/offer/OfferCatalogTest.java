package nl.labspace.solver.offer;

import static nl.labspace.solver.Facts.JAN_2027;
import static nl.labspace.solver.Facts.aNeed;
import static nl.labspace.solver.Facts.aUnit;
import static nl.labspace.solver.Facts.groningen;
import static nl.labspace.solver.Facts.instance;
import static nl.labspace.solver.Facts.leiden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Rules;
import nl.labspace.solver.domain.Unit;
import nl.labspace.solver.validate.SolutionValidator;

class OfferCatalogTest {

    private static List<List<String>> unitSets(OfferCatalog catalog, String need) {
        return catalog.offersFor(need).stream().map(Offer::unitIds).toList();
    }

    @Test
    void listsOnlyMinimalCoversOnOneCampus() {
        var units = List.of(aUnit("U1", "leiden", 100, 50), aUnit("U2", "leiden", 60, 0),
                aUnit("U3", "leiden", 50, 60), aUnit("U4", "groningen", 60, 60));
        var catalog = OfferCatalog.build(instance(List.of(leiden(), groningen()), units, List.of(aNeed("N", 100, 50))));

        // {U1,U2} covers but U2 can go; {U2,U4} would cover but spans two campuses.
        assertThat(unitSets(catalog, "N")).containsExactly(List.of("U1"), List.of("U2", "U3"));
        Offer pair = catalog.offersFor("N").get(1);
        assertThat(pair).isEqualTo(new Offer("N", "leiden", List.of("U2", "U3"), 110, 60, 20, 300,
                new MonthRange(JAN_2027, JAN_2027.plusMonths(2))));
    }

    @Test
    void respectsMaxUnits() {
        var units = List.of(aUnit("U1", "leiden", 40, 0), aUnit("U2", "leiden", 40, 0), aUnit("U3", "leiden", 40, 0));
        Need three = aNeed("N3", 120, 0);
        Need two = Facts.withMaxUnits(aNeed("N2", 120, 0), 2);
        var catalog = OfferCatalog.build(instance(List.of(leiden()), units, List.of(three, two)));

        assertThat(unitSets(catalog, "N3")).containsExactly(List.of("U1", "U2", "U3"));
        assertThat(catalog.offersFor("N2")).isEmpty();
    }

    @Test
    void aMixedUnitBelowTheNeedsLabClassIsUnusableEvenForItsOffice() {
        Unit mlI = aUnit("U1", "leiden", 80, 100);
        Unit mlII = Facts.withQuality(aUnit("U2", "leiden", 100, 0), Containment.ML_II, GmpGrade.NONE, Set.of());
        Unit office = aUnit("U3", "leiden", 0, 100);
        Need need = new Need("N", "C", 100, 50, Containment.ML_II, GmpGrade.NONE, Set.of(), JAN_2027, JAN_2027, 12,
                null, 3, null, Set.of(), null);
        var catalog = OfferCatalog.build(instance(List.of(leiden()), List.of(mlI, mlII, office), List.of(need)));

        assertThat(unitSets(catalog, "N")).containsExactly(List.of("U2", "U3"));
    }

    @Test
    void anOfficeOnlyNeedIgnoresLabQualityButNotRent() {
        Unit cheapLab = Facts.withQuality(aUnit("U1", "leiden", 500, 200), Containment.NONE, GmpGrade.NONE, Set.of());
        Unit dear = Facts.withRent(aUnit("U2", "leiden", 0, 300), 500);
        Need need = Facts.withMaxRent(new Need("N", "C", 0, 150, Containment.ML_III, GmpGrade.A, Set.of("autoclave"),
                JAN_2027, JAN_2027, 12, null, 3, null, Set.of(), null), 400.0);
        var catalog = OfferCatalog.build(instance(List.of(leiden()), List.of(cheapLab, dear), List.of(need)));

        assertThat(unitSets(catalog, "N")).containsExactly(List.of("U1"));
        assertThat(catalog.offersFor("N").get(0).wasteM2()).isEqualTo(550);
    }

    @Test
    void startsKeepAvailabilityAndSplitAroundLeases() {
        // Window 2027-01..2027-12, term 3; the unit is free until 2027-10 and leased in 2027-05..2027-06.
        Unit unit = Facts.withAvailability(aUnit("U1", "leiden", 100, 0), JAN_2027, YearMonth.of(2027, 10));
        Need need = Facts.withWindow(aNeed("N", 100, 0), JAN_2027, YearMonth.of(2027, 12), 3);
        Lease lease = new Lease("U1", new MonthRange(YearMonth.of(2027, 5), YearMonth.of(2027, 6)));
        var catalog = OfferCatalog.build(instance(List.of(leiden()), List.of(unit), List.of(need), List.of(lease),
                List.of()));

        assertThat(catalog.offersFor("N")).extracting(Offer::starts).containsExactly(
                new MonthRange(YearMonth.of(2027, 1), YearMonth.of(2027, 2)),
                new MonthRange(YearMonth.of(2027, 7), YearMonth.of(2027, 8)));
    }

    @Test
    void placeFiltersByProvince() {
        var units = List.of(aUnit("U1", "leiden", 100, 0), aUnit("U2", "groningen", 100, 0));
        Need need = Facts.withProvinces(aNeed("N", 100, 0), Set.of("PV20"));
        var catalog = OfferCatalog.build(instance(List.of(leiden(), groningen()), units, List.of(need)));

        assertThat(unitSets(catalog, "N")).containsExactly(List.of("U2"));
    }

    @Test
    void aFixedNeedHasExactlyItsFixedOffer() {
        var units = List.of(aUnit("U1", "leiden", 100, 0), aUnit("U2", "leiden", 100, 0));
        Assignment fixed = new Assignment("N", List.of("U2", "U1"), JAN_2027.plusMonths(1));
        var catalog = OfferCatalog.build(instance(List.of(leiden()), units, List.of(aNeed("N", 100, 0)), List.of(),
                List.of(fixed)));

        assertThat(catalog.offersFor("N")).containsExactly(new Offer("N", "leiden", List.of("U1", "U2"), 200, 0, 100,
                300, new MonthRange(JAN_2027.plusMonths(1), JAN_2027.plusMonths(1))));
    }

    @Test
    void capsCombinationCandidatesAndSaysSo() {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            units.add(aUnit("U%02d".formatted(i), "leiden", 40 + i, 0));
        }
        MatchingInstance inst = instance(List.of(leiden()), units, List.of(aNeed("N", 100, 0)));
        var full = OfferCatalog.build(inst, OfferLimits.COMPLETE);
        var capped = OfferCatalog.build(inst, new OfferLimits(3, 4, 1000));

        assertThat(full.isCapped("N")).isFalse();
        assertThat(capped.isCapped("N")).isTrue();
        // The four largest units (U06..U09) are kept for combinations.
        assertThat(capped.offersFor("N")).allMatch(o -> o.unitIds().stream().allMatch(id -> id.compareTo("U06") >= 0));
        assertThat(full.offersFor("N")).hasSizeGreaterThan(capped.offersFor("N").size());
    }

    @Test
    void buildsNoOfferOverTheNeedsMaximumArea() {
        // Need 100 lab + 50 office, at most 250 m2: U1 (400 m2) and U4 (300 m2) cover alone but are too large.
        var units = List.of(aUnit("U1", "leiden", 300, 100), aUnit("U2", "leiden", 60, 30),
                aUnit("U3", "leiden", 50, 30), aUnit("U4", "leiden", 200, 100));
        Need need = aNeed("N", 100, 50).withMaxM2(250);
        var catalog = OfferCatalog.build(instance(List.of(leiden()), units, List.of(need)));

        // {U2,U3} gives 110 lab, 60 office, 170 m2 in total; {U1}, {U4} and pairs with them are over 250 m2.
        assertThat(unitSets(catalog, "N")).containsExactly(List.of("U2", "U3"));
    }

    @Test
    void unitsOverTheMaximumDoNotTakeTheCombinationCandidatesPlaces() {
        // Four large units would win the cap by usefulness, yet each is over the bound; the small ones still combine.
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            units.add(aUnit("B%d".formatted(i), "leiden", 90, 500));
        }
        for (int i = 0; i < 4; i++) {
            units.add(aUnit("S%d".formatted(i), "leiden", 50 + i, 0));
        }
        Need need = aNeed("N", 100, 0).withMaxM2(150);
        var catalog = OfferCatalog.build(instance(List.of(leiden()), units, List.of(need)), new OfferLimits(3, 4, 1000));

        assertThat(catalog.isCapped("N")).isFalse();
        assertThat(unitSets(catalog, "N")).isNotEmpty().allMatch(set -> set.stream().allMatch(id -> id.startsWith("S")));
    }

    @Test
    void unknownNeedIsAnError() {
        var catalog = OfferCatalog.build(instance(List.of(leiden()), List.of(), List.of(aNeed("N", 1, 0))));
        assertThatThrownBy(() -> catalog.offersFor("X")).hasMessageContaining("'X'");
        assertThat(catalog.offersFor("N")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample-tiny", "sample-small", "sample-medium", "bounded:sample-small",
        "bounded:sample-medium"})
    void onTheSamplesEqualsBruteForceAndNoCapBites(String name) {
        MatchingInstance inst = name.startsWith("bounded:") ? Facts.bounded(Facts.sample(name.substring(8)))
                : Facts.sample(name);
        OfferCatalog catalog = OfferCatalog.build(inst);

        Map<String, Set<String>> expected = BruteForce.minimalCoverStarts(inst);
        Map<String, Set<String>> actual = new HashMap<>();
        for (Need need : inst.needs()) {
            assertThat(catalog.isCapped(need.id())).isFalse();
            Set<String> keys = new HashSet<>();
            for (Offer o : catalog.offersFor(need.id())) {
                for (YearMonth s = o.starts().first(); !s.isAfter(o.starts().last()); s = s.plusMonths(1)) {
                    keys.add(o.unitIds() + "@" + s);
                }
            }
            actual.put(need.id(), keys);
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(catalog.size()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample-tiny", "sample-small", "sample-medium", "bounded:sample-medium"})
    void theIndependentValidatorAcceptsEveryOfferAtBothEndsOfItsWindow(String name) {
        MatchingInstance inst = name.startsWith("bounded:") ? Facts.bounded(Facts.sample(name.substring(8)))
                : Facts.sample(name);
        SolutionValidator validator = new SolutionValidator(inst);
        for (Offer o : OfferCatalog.build(inst).byNeed().values().stream().flatMap(List::stream).toList()) {
            for (YearMonth s : List.of(o.starts().first(), o.starts().last())) {
                List<String> unassigned = inst.needs().stream().map(Need::id).filter(id -> !id.equals(o.needId()))
                        .toList();
                long unserved = inst.needs().stream().filter(n -> !n.id().equals(o.needId())).mapToLong(Need::totalM2)
                        .sum();
                MatchingSolution alone = new MatchingSolution(inst.name(),
                        List.of(new Assignment(o.needId(), o.unitIds(), s)), unassigned, unserved);
                // Other needs' fixed matches are missing from this one-assignment solution: rule 8 may object.
                assertThat(validator.validate(alone)).as("%s from %s", o, s).allMatch(v -> v.startsWith("rule 8:"));
            }
        }
    }

    /** The slow, obvious way: every unit set of every campus, every start month, checked with Rules. */
    static final class BruteForce {
        static Map<String, Set<String>> minimalCoverStarts(MatchingInstance inst) {
            Map<String, Campus> campuses = inst.campuses().stream().collect(Collectors.toMap(Campus::id, c -> c));
            Map<String, List<Unit>> byCampus = inst.units().stream().collect(Collectors.groupingBy(Unit::campusId));
            Map<String, Assignment> fixed = inst.fixed().stream().collect(Collectors.toMap(Assignment::needId, a -> a));
            Map<String, Set<String>> out = new HashMap<>();
            for (Need need : inst.needs()) {
                Set<String> keys = new HashSet<>();
                if (fixed.containsKey(need.id())) {
                    Assignment a = fixed.get(need.id());
                    keys.add(a.unitIds().stream().sorted().toList() + "@" + a.start());
                    out.put(need.id(), keys);
                    continue;
                }
                for (List<Unit> units : byCampus.values()) {
                    for (List<Unit> set : subsets(units, Math.min(3, need.maxUnits()))) {
                        if (!minimal(need, set)) {
                            continue;
                        }
                        for (YearMonth s = need.moveInEarliest(); !s.isAfter(need.moveInLatest()); s = s.plusMonths(1)) {
                            if (Rules.firstBroken(need, set, campuses, s).isEmpty() && leaseFree(inst, need, set, s)) {
                                keys.add(set.stream().map(Unit::id).sorted().toList() + "@" + s);
                            }
                        }
                    }
                }
                out.put(need.id(), keys);
            }
            return out;
        }

        private static boolean minimal(Need need, List<Unit> set) {
            for (int drop = 0; drop < set.size() && set.size() > 1; drop++) {
                int lab = 0;
                int office = 0;
                for (int i = 0; i < set.size(); i++) {
                    if (i != drop) {
                        lab += set.get(i).labM2();
                        office += set.get(i).officeM2();
                    }
                }
                if (lab >= need.labM2() && office >= need.officeM2()) {
                    return false;
                }
            }
            return true;
        }

        private static boolean leaseFree(MatchingInstance inst, Need need, List<Unit> set, YearMonth s) {
            MonthRange period = need.periodFrom(s);
            return inst.leases().stream().noneMatch(l -> set.stream().anyMatch(u -> u.id().equals(l.unitId()))
                    && l.period().overlaps(period));
        }

        private static List<List<Unit>> subsets(List<Unit> units, int max) {
            List<List<Unit>> out = new ArrayList<>();
            int n = units.size();
            for (int i = 0; i < n; i++) {
                out.add(List.of(units.get(i)));
                for (int j = i + 1; j < n && max >= 2; j++) {
                    out.add(List.of(units.get(i), units.get(j)));
                    for (int k = j + 1; k < n && max >= 3; k++) {
                        out.add(List.of(units.get(i), units.get(j), units.get(k)));
                    }
                }
            }
            return out;
        }
    }
}
