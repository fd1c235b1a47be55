package nl.labspace.solver.validate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Lease;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Unit;
import nl.labspace.solver.io.SolutionDocument;
import nl.labspace.solver.io.SolutionJson;

/**
 * Checks a solution against rules 1-8 and the solution clarifications of MATCHING.md, read straight from the
 * text. It shares no rule code with any solver (its own distance, ladders by enum order, its own month sums), so
 * a bug in the solvers' rules cannot hide here too. An empty list means the solution is valid.
 */
public final class SolutionValidator {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private final MatchingInstance instance;
    private final Map<String, Need> needs = new LinkedHashMap<>();
    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, Campus> campuses = new HashMap<>();

    public SolutionValidator(MatchingInstance instance) {
        this.instance = instance;
        instance.needs().forEach(n -> needs.put(n.id(), n));
        instance.units().forEach(u -> units.put(u.id(), u));
        instance.campuses().forEach(c -> campuses.put(c.id(), c));
    }

    public static List<String> check(MatchingInstance instance, SolutionDocument document) {
        return new SolutionValidator(instance).validate(document);
    }

    public List<String> validate(SolutionDocument document) {
        List<String> violations = new ArrayList<>();
        if (!SolutionJson.FORMAT.equals(document.format())) {
            violations.add("format must be '%s', was '%s'".formatted(SolutionJson.FORMAT, document.format()));
        }
        violations.addAll(validate(document.solution()));
        return violations;
    }

    /** Everything but the format field, which a solution record does not carry. */
    public List<String> validate(MatchingSolution solution) {
        List<String> v = new ArrayList<>();
        if (!instance.name().equals(solution.instanceName())) {
            v.add("instance must be '%s', was '%s'".formatted(instance.name(), solution.instanceName()));
        }
        Map<String, Assignment> assigned = new LinkedHashMap<>();
        for (Assignment a : solution.assignments()) {
            if (!needs.containsKey(a.needId())) {
                v.add("assignment of unknown need '%s'".formatted(a.needId()));
            } else if (assigned.putIfAbsent(a.needId(), a) != null) {
                v.add("need %s is assigned more than once".formatted(a.needId()));
            } else {
                checkAssignment(a, v);
            }
        }
        Set<String> unassigned = new HashSet<>();
        for (String id : solution.unassigned()) {
            if (!needs.containsKey(id)) {
                v.add("unassigned lists unknown need '%s'".formatted(id));
            } else if (!unassigned.add(id)) {
                v.add("need %s is listed as unassigned more than once".formatted(id));
            } else if (assigned.containsKey(id)) {
                v.add("need %s is both assigned and unassigned".formatted(id));
            }
        }
        for (String id : needs.keySet()) {
            if (!assigned.containsKey(id) && !unassigned.contains(id)) {
                v.add("need %s appears neither in assignments nor in unassigned".formatted(id));
            }
        }
        checkDoubleBooking(assigned, v);
        checkFixed(assigned, v);
        long unserved = needs.values().stream().filter(n -> !assigned.containsKey(n.id()))
                .mapToLong(n -> (long) n.labM2() + n.officeM2()).sum();
        if (unserved != solution.unservedM2()) {
            v.add("unservedM2 is %d, recomputed %d".formatted(solution.unservedM2(), unserved));
        }
        return v;
    }

    private void checkAssignment(Assignment a, List<String> v) {
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

    /** Rule 7: on each unit, assignments may not overlap each other or an existing lease. */
    private void checkDoubleBooking(Map<String, Assignment> assigned, List<String> v) {
        Map<String, List<Assignment>> byUnit = new HashMap<>();
        for (Assignment a : assigned.values()) {
            new HashSet<>(a.unitIds()).forEach(u -> byUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(a));
        }
        for (var entry : byUnit.entrySet()) {
            List<Assignment> list = entry.getValue();
            for (int i = 0; i < list.size(); i++) {
                YearMonth[] p = period(list.get(i));
                for (int j = i + 1; j < list.size(); j++) {
                    YearMonth[] q = period(list.get(j));
                    if (overlap(p[0], p[1], q[0], q[1])) {
                        v.add("rule 7: unit %s is double booked by needs %s (%s..%s) and %s (%s..%s)".formatted(
                                entry.getKey(), list.get(i).needId(), p[0], p[1], list.get(j).needId(), q[0], q[1]));
                    }
                }
                for (Lease lease : instance.leases()) {
                    if (lease.unitId().equals(entry.getKey())
                            && overlap(p[0], p[1], lease.period().first(), lease.period().last())) {
                        v.add("rule 7: unit %s: need %s (%s..%s) overlaps the lease %s..%s".formatted(entry.getKey(),
                                list.get(i).needId(), p[0], p[1], lease.period().first(), lease.period().last()));
                    }
                }
            }
        }
    }

    /** Rule 8: each accepted match is kept with the same units (order ignored) and the same start month. */
    private void checkFixed(Map<String, Assignment> assigned, List<String> v) {
        for (Assignment f : instance.fixed()) {
            Assignment a = assigned.get(f.needId());
            if (a == null) {
                v.add("rule 8: fixed need %s is not assigned".formatted(f.needId()));
            } else if (!new HashSet<>(a.unitIds()).equals(new HashSet<>(f.unitIds()))
                    || a.unitIds().size() != f.unitIds().size() || !Objects.equals(a.start(), f.start())) {
                v.add("rule 8: fixed need %s must keep %s from %s, has %s from %s".formatted(f.needId(), f.unitIds(),
                        f.start(), a.unitIds(), a.start()));
            }
        }
    }

    private YearMonth[] period(Assignment a) {
        YearMonth start = a.start();
        return new YearMonth[] {start, start.plusMonths(needs.get(a.needId()).termMonths() - 1L)};
    }

    private static boolean overlap(YearMonth a1, YearMonth a2, YearMonth b1, YearMonth b2) {
        return !a2.isBefore(b1) && !b2.isBefore(a1);
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
