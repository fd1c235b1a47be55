package nl.labspace.solver.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MonthRange;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Rules;
import nl.labspace.solver.domain.Unit;

/** Rule 8's precondition: every fixed entry keeps rules 1-6, and fixed entries collide with nothing. */
final class FixedEntriesCheck {

    private final MatchingInstance instance;

    FixedEntriesCheck(MatchingInstance instance) {
        this.instance = instance;
    }

    void check(List<Fields> entries) {
        Map<String, Need> needs = new HashMap<>();
        instance.needs().forEach(n -> needs.put(n.id(), n));
        Map<String, Unit> units = new HashMap<>();
        instance.units().forEach(u -> units.put(u.id(), u));
        Map<String, Campus> campuses = new HashMap<>();
        instance.campuses().forEach(c -> campuses.put(c.id(), c));
        Map<String, List<MonthRange>> taken = new HashMap<>();
        instance.leases().forEach(l -> taken.computeIfAbsent(l.unitId(), k -> new ArrayList<>()).add(l.period()));
        Map<String, Integer> seenNeed = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Assignment a = instance.fixed().get(i);
            Fields f = entries.get(i);
            Integer before = seenNeed.putIfAbsent(a.needId(), i);
            if (before != null) {
                throw f.error("need", "need '%s' is fixed twice (also fixed[%d])".formatted(a.needId(), before));
            }
            Need need = needs.get(a.needId());
            List<Unit> chosen = a.unitIds().stream().map(units::get).toList();
            Rules.firstBroken(need, chosen, campuses, a.start()).ifPresent(why -> {
                throw new InstanceFormatException("%s: fixed match of need '%s' to %s from %s breaks %s"
                        .formatted(f.path(), a.needId(), a.unitIds(), a.start(), why));
            });
            MonthRange period = need.periodFrom(a.start());
            for (String u : a.unitIds()) {
                for (MonthRange other : taken.getOrDefault(u, List.of())) {
                    if (other.overlaps(period)) {
                        throw new InstanceFormatException("%s: fixed match of need '%s' uses unit '%s' in %s..%s, "
                                .formatted(f.path(), a.needId(), u, period.first(),
                                        period.last()) + "which a lease or another fixed match holds in %s..%s"
                                .formatted(other.first(), other.last()));
                    }
                }
            }
            for (String u : a.unitIds()) {
                taken.computeIfAbsent(u, k -> new ArrayList<>()).add(period);
            }
        }
    }
}
