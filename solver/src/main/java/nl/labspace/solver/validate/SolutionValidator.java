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
 * Checks a solution against rules 1-8 (2b included) and the solution clarifications of MATCHING.md, read straight from the
 * text. It shares no rule code with any solver (its own distance, ladders by enum order, its own month sums), so
 * a bug in the solvers' rules cannot hide here too. An empty list means the solution is valid.
 */
public final class SolutionValidator {

    private final MatchingInstance instance;
    private final Map<String, Need> needs = new LinkedHashMap<>();
    private final Map<String, Unit> units = new HashMap<>();
    private final AssignmentCheck assignmentCheck;

    public SolutionValidator(MatchingInstance instance) {
        this.instance = instance;
        instance.needs().forEach(n -> needs.put(n.id(), n));
        instance.units().forEach(u -> units.put(u.id(), u));
        Map<String, Campus> campuses = new HashMap<>();
        instance.campuses().forEach(c -> campuses.put(c.id(), c));
        this.assignmentCheck = new AssignmentCheck(needs, units, campuses);
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
                assignmentCheck.check(a, v);
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
}
