package nl.labspace.solver.validate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Unit;

/** Rules 1-6 (with 2b) for one assignment, word for word from MATCHING.md; every broken rule is reported, not just the first. */
final class AssignmentCheck {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private final Map<String, Need> needs;
    private final Map<String, Unit> units;
    private final Map<String, Campus> campuses;

    AssignmentCheck(Map<String, Need> needs, Map<String, Unit> units, Map<String, Campus> campuses) {
        this.needs = needs;
        this.units = units;
        this.campuses = campuses;
    }

    void check(Assignment a, List<String> v) {
        Need n = needs.get(a.needId());
        List<Unit> chosen = new ArrayList<>();
        for (String id : a.unitIds()) {
            Unit u = units.get(id);
            if (u == null) {
                v.add("need %s: unknown unit '%s'".formatted(n.id(), id));
            } else {
                chosen.add(u);
            }
        }
        if (chosen.size() != a.unitIds().size()) {
            return;
        }
        String who = "need %s on %s from %s".formatted(n.id(), a.unitIds(), a.start());
        // Rule 1
        if (chosen.isEmpty() || chosen.size() > n.maxUnits()) {
            v.add("rule 1: %s uses %d units, allowed 1..%d".formatted(who, chosen.size(), n.maxUnits()));
        }
        if (new HashSet<>(a.unitIds()).size() != a.unitIds().size()) {
            v.add("rule 1: %s lists a unit twice".formatted(who));
        }
        Set<String> onCampuses = new HashSet<>();
        chosen.forEach(u -> onCampuses.add(u.campusId()));
        if (onCampuses.size() > 1) {
            v.add("rule 1: %s spans campuses %s".formatted(who, onCampuses));
        }
        // Rule 2
        int lab = 0;
        int office = 0;
        for (Unit u : chosen) {
            lab += u.labM2();
            office += u.officeM2();
        }
        if (lab < n.labM2()) {
            v.add("rule 2: %s gives %d m2 lab, needs %d".formatted(who, lab, n.labM2()));
        }
        if (office < n.officeM2()) {
            v.add("rule 2: %s gives %d m2 office, needs %d".formatted(who, office, n.officeM2()));
        }
        // Rule 2b: whole units, lab and office together
        if (n.maxM2() != null && lab + office > n.maxM2()) {
            v.add("rule 2b: %s gives %d m2 in total, the need allows at most %d".formatted(who, lab + office,
                    n.maxM2()));
        }
        for (Unit u : chosen) {
            checkUnit(n, u, a.start(), who, v);
        }
        // Rule 5
        for (String campusId : onCampuses) {
            Campus c = campuses.get(campusId);
            if (n.near() != null) {
                double km = distanceKm(n.near().lat(), n.near().lon(), c.lat(), c.lon());
                if (km > n.near().maxKm()) {
                    v.add("rule 5: %s: campus %s is %.1f km from near, max %s".formatted(who, c.id(), km,
                            n.near().maxKm()));
                }
            }
            if (!n.provinces().isEmpty() && !n.provinces().contains(c.province())) {
                v.add("rule 5: %s: campus %s is in %s, not in %s".formatted(who, c.id(), c.province(),
                        n.provinces()));
            }
        }
        // Rule 6, the need's side
        if (a.start().isBefore(n.moveInEarliest()) || a.start().isAfter(n.moveInLatest())) {
            v.add("rule 6: %s starts outside the move-in window %s..%s".formatted(who, n.moveInEarliest(),
                    n.moveInLatest()));
        }
    }

    private void checkUnit(Need n, Unit u, YearMonth start, String who, List<String> v) {
        // Rule 3: only for a need with lab area, then for every chosen unit with lab area
        if (n.labM2() > 0 && u.labM2() > 0) {
            if (u.containment().ordinal() < n.containment().ordinal()) {
                v.add("rule 3: %s: unit %s has containment %s, need asks %s".formatted(who, u.id(),
                        u.containment().code(), n.containment().code()));
            }
            if (u.gmp().ordinal() < n.gmp().ordinal()) {
                v.add("rule 3: %s: unit %s has GMP %s, need asks %s".formatted(who, u.id(), u.gmp().code(),
                        n.gmp().code()));
            }
            if (!u.features().containsAll(n.features())) {
                Set<String> missing = new HashSet<>(n.features());
                missing.removeAll(u.features());
                v.add("rule 3: %s: unit %s lacks features %s".formatted(who, u.id(), missing));
            }
        }
        // Rule 4
        if (n.maxRentPerM2Year() != null && u.rentPerM2Year() > n.maxRentPerM2Year()) {
            v.add("rule 4: %s: unit %s rents at %s, max %s".formatted(who, u.id(), u.rentPerM2Year(),
                    n.maxRentPerM2Year()));
        }
        // Rule 6, the unit's side
        YearMonth last = start.plusMonths(n.termMonths() - 1L);
        if (start.isBefore(u.availableFrom())) {
            v.add("rule 6: %s: unit %s is available only from %s".formatted(who, u.id(), u.availableFrom()));
        }
        if (u.availableUntil() != null && last.isAfter(u.availableUntil())) {
            v.add("rule 6: %s: unit %s is available only until %s, the term ends %s".formatted(who, u.id(),
                    u.availableUntil(), last));
        }
    }

    private static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double h = Math.sin((p2 - p1) / 2) * Math.sin((p2 - p1) / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(Math.toRadians(lon2 - lon1) / 2)
                * Math.sin(Math.toRadians(lon2 - lon1) / 2);
        return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
    }
}
