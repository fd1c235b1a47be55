package nl.labspace.db.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.labspace.db.market.UnitStatus;

// The units on offer: spread over the campuses by size and vacancy, GMP suites only at the GMP sites.
final class SupplyGenerator {

    private final Dice dice;
    private final DemoIds ids;
    private final YearMonth firstMonth;
    private final Map<String, Integer> roomNumbers = new LinkedHashMap<>();

    SupplyGenerator(Dice dice, DemoIds ids, YearMonth firstMonth) {
        this.dice = dice;
        this.ids = ids;
        this.firstMonth = firstMonth;
    }

    List<DemoUnit> units(List<DemoCampus> campuses, double scale) {
        int total = (int) Math.round(MarketShape.UNITS_AT_SCALE_1 * scale);
        int gmp = Math.min(total, (int) Math.round(MarketShape.GMP_SUITES_AT_SCALE_1 * scale));
        Map<String, Double> weights = new LinkedHashMap<>();
        campuses.forEach(c -> weights.put(c.id(), c.sizeWeight() * MarketShape.vacancy(c.provinceCode())));
        Map<String, Integer> ordinary = Apportion.byWeight(weights, total - gmp);
        Map<String, Integer> suites = Apportion.gmpSuites(gmp);
        List<DemoUnit> units = new ArrayList<>();
        for (DemoCampus campus : campuses) {
            // A campus's pipeline is one new building, delivered in one month a year or two out.
            YearMonth delivery = firstMonth.plusMonths(dice.between(12, 24));
            for (int i = 0; i < ordinary.getOrDefault(campus.id(), 0); i++) {
                units.add(ordinaryUnit(campus, delivery));
            }
            for (int i = 0; i < suites.getOrDefault(campus.id(), 0); i++) {
                units.add(gmpSuite(campus));
            }
        }
        return units;
    }

    private DemoUnit ordinaryUnit(DemoCampus campus, YearMonth delivery) {
        UnitKind kind = dice.pick(List.of(UnitKind.values()), UnitKind.weights());
        int total = dice.area(kind.smallest, kind.largest, kind.skew);
        int lab = switch (kind) {
            case LAB_ONLY -> total;
            case OFFICE_ONLY -> 0;
            default -> Dice.roundTo(total * dice.between(0.5, 0.6), 5);
        };
        String containment = lab == 0 ? "none" : LabTraits.unitContainment(dice, campus);
        List<String> features = lab == 0 ? officeFeatures()
                : LabTraits.unitFeatures(dice, containment, kind == UnitKind.BUILDING, false);
        String status = (dice.chance(0.10) ? UnitStatus.PLANNED : dice.chance(0.02) ? UnitStatus.WITHDRAWN : UnitStatus.AVAILABLE).code();
        boolean planned = UnitStatus.PLANNED.is(status);
        YearMonth from = planned ? delivery : firstMonth.plusMonths(dice.chance(0.45) ? 0 : dice.between(1, 12));
        YearMonth until = dice.chance(0.15) ? from.plusMonths(dice.between(12, 48)) : null;
        int[] terms = kind.terms(dice);
        String name = (planned ? "New Lab Building" : kind.building) + " " + room(campus);
        return new DemoUnit(ids.next("unit"), campus.id(), name, lab, total - lab, containment, "none", features,
                from, until, rent(campus, lab > 0, 1.0), terms[0], terms[1] == 0 ? null : terms[1],
                status, planned ? delivery : null, lastConfirmed());
    }

    // GMP suites are cleanroom-heavy, never withdrawn or planned in the demo, and cost a premium.
    private DemoUnit gmpSuite(DemoCampus campus) {
        boolean main = campus.id().equals(MarketShape.MAIN_GMP_SITE);
        int total = main ? dice.area(400, 2000, 1.2) : dice.area(200, 800, 1.2);
        int lab = Dice.roundTo(total * dice.between(0.8, 0.9), 5);
        String containment = dice.pick(LabTraits.CONTAINMENTS.subList(1, 3));
        YearMonth from = firstMonth.plusMonths(dice.chance(0.5) ? 0 : dice.between(1, 9));
        return new DemoUnit(ids.next("unit"), campus.id(), "GMP Suite " + room(campus), lab, total - lab, containment,
                LabTraits.gmpGrade(dice), LabTraits.unitFeatures(dice, containment, false, true), from, null,
                rent(campus, true, dice.between(1.3, 1.6)), dice.pick(List.of(24, 36)), null,
                UnitStatus.AVAILABLE.code(), null, lastConfirmed());
    }

    private List<String> officeFeatures() {
        return dice.chance(0.5) ? List.of(LabTraits.ACCESS) : List.of();
    }

    // A unit has one rent (MATCHING.md rule 4): a unit with lab space is let at the fitted-lab rent, its offices
    // included; an office-only unit at the office rent. Rounded to 5 euro.
    private int rent(DemoCampus campus, boolean lab, double premium) {
        int[] range = lab ? MarketShape.labRent(campus) : MarketShape.officeRent(campus);
        return Dice.roundTo(dice.between(range[0], range[1]) * premium, 5);
    }

    private String room(DemoCampus campus) {
        int n = roomNumbers.merge(campus.id(), 1, Integer::sum);
        return "%d.%02d".formatted(dice.between(0, 4), n);
    }

    // Listings are confirmed by their campus now and then; some were confirmed months ago.
    /**
     * Four in five units confirmed within 30 days before the month began (fresh all month under the 60-day window),
     * the rest 70-150 days before (stale all month): a market most of whose listings are kept up, with some for
     * campus managers' stale lists.
     */
    private LocalDate lastConfirmed() {
        LocalDate monthStart = firstMonth.atDay(1);
        return dice.chance(0.8) ? monthStart.minusDays(dice.between(0, 30)) : monthStart.minusDays(dice.between(70, 150));
    }
}
