package nl.labspace.solver.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rules 1-6 (with 2b) of MATCHING.md for one need, as the solvers and the instance reader apply them. The independent
 * checker in {@code validate} deliberately does not use this class.
 */
public final class Rules {

    private Rules() {
    }

    /** Rule 5: the campus lies within near.maxKm (inclusive) and in one of the listed provinces, if any. */
    public static boolean placeOk(Need need, Campus campus) {
        if (!need.provinces().isEmpty() && !need.provinces().contains(campus.province())) {
            return false;
        }
        return need.near() == null || need.near().reaches(campus);
    }

    /** Rule 3 for one unit: only a need with lab area checks, and only against units that have lab area. */
    public static boolean qualityOk(Need need, Unit unit) {
        if (need.labM2() == 0 || unit.labM2() == 0) {
            return true;
        }
        return unit.containment().covers(need.containment()) && unit.gmp().covers(need.gmp())
                && unit.features().containsAll(need.features());
    }

    /** Rule 4 for one unit, office-only units included. */
    public static boolean rentOk(Need need, Unit unit) {
        return need.maxRentPerM2Year() == null || unit.rentPerM2Year() <= need.maxRentPerM2Year();
    }

    /** Rule 6 for one unit and one start month (the need's move-in window is checked separately). */
    public static boolean availableFor(Need need, Unit unit, YearMonth start) {
        if (start.isBefore(unit.availableFrom())) {
            return false;
        }
        return unit.availableUntil() == null || !need.periodFrom(start).last().isAfter(unit.availableUntil());
    }

    /** The first of rules 1-6 (with 2b) that this assignment breaks, in words, or empty when it keeps them all. */
    public static Optional<String> firstBroken(Need need, List<Unit> units, Map<String, Campus> campuses,
                                              YearMonth start) {
        int k = units.size();
        if (k < 1 || k > need.maxUnits()) {
            return Optional.of("rule 1: %d units, allowed 1..%d".formatted(k, need.maxUnits()));
        }
        if (units.stream().map(Unit::id).distinct().count() != k) {
            return Optional.of("rule 1: a unit is listed twice");
        }
        if (units.stream().map(Unit::campusId).distinct().count() != 1) {
            return Optional.of("rule 1: units on more than one campus");
        }
        int lab = units.stream().mapToInt(Unit::labM2).sum();
        int office = units.stream().mapToInt(Unit::officeM2).sum();
        if (lab < need.labM2() || office < need.officeM2()) {
            return Optional.of("rule 2: units give lab %d office %d m2, need asks lab %d office %d m2"
                    .formatted(lab, office, need.labM2(), need.officeM2()));
        }
        if (!need.fitsSize(lab + office)) {
            return Optional.of("rule 2b: units total %d m2, need allows at most %d m2".formatted(lab + office,
                    need.maxM2()));
        }
        for (Unit u : units) {
            if (!qualityOk(need, u)) {
                return Optional.of("rule 3: unit %s lacks the containment, GMP grade or features".formatted(u.id()));
            }
            if (!rentOk(need, u)) {
                return Optional.of("rule 4: unit %s rent %s above %s".formatted(u.id(), u.rentPerM2Year(),
                        need.maxRentPerM2Year()));
            }
        }
        Campus campus = campuses.get(units.get(0).campusId());
        if (campus == null || !placeOk(need, campus)) {
            return Optional.of("rule 5: campus %s is too far or outside the provinces".formatted(units.get(0).campusId()));
        }
        if (start.isBefore(need.moveInEarliest()) || start.isAfter(need.moveInLatest())) {
            return Optional.of("rule 6: start %s outside move-in window %s..%s".formatted(start, need.moveInEarliest(),
                    need.moveInLatest()));
        }
        for (Unit u : units) {
            if (!availableFor(need, u, start)) {
                return Optional.of("rule 6: unit %s is not available for %s".formatted(u.id(), need.periodFrom(start)));
            }
        }
        return Optional.empty();
    }
}
