package nl.labspace.solver.greedy;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.labspace.solver.Matcher;
import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Geo;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.domain.MonthRange;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Rules;
import nl.labspace.solver.domain.Unit;

/**
 * The product's baseline, first come first served (shared/instances/README.md): accepted matches are kept; then
 * needs in input order; campuses by distance from {@code near} (input order without one); on each campus the
 * earliest move-in month at which its cheapest free compatible units, taken one by one by rent while they add
 * missing area and keep the total area within the need's maxM2 (rule 2b), cover the need within maxUnits.
 * Deterministic; ignores budget and seed.
 */
public final class GreedyMatcher implements Matcher {

    @Override
    public MatchingSolution solve(MatchingInstance instance, Duration budget, long seed) {
        return new Run(instance).solve();
    }

    /** One pass over one instance; holds the bookings made so far. */
    private static final class Run {
        private final MatchingInstance instance;
        private final Map<String, List<Unit>> cheapestFirst;
        private final Map<String, List<MonthRange>> booked = new HashMap<>();

        Run(MatchingInstance instance) {
            this.instance = instance;
            this.cheapestFirst = instance.units().stream()
                    .sorted(Comparator.comparingDouble(Unit::rentPerM2Year).thenComparing(Unit::id))
                    .collect(Collectors.groupingBy(Unit::campusId));
            instance.leases().forEach(l -> book(l.unitId(), l.period()));
        }

        MatchingSolution solve() {
            Map<String, Assignment> fixed = instance.fixed().stream()
                    .collect(Collectors.toMap(Assignment::needId, a -> a));
            Map<String, Need> needs = instance.needs().stream().collect(Collectors.toMap(Need::id, n -> n));
            fixed.values().forEach(a -> a.unitIds().forEach(u -> book(u, needs.get(a.needId()).periodFrom(a.start()))));
            List<Assignment> assignments = new ArrayList<>();
            List<String> unassigned = new ArrayList<>();
            long unserved = 0;
            for (Need need : instance.needs()) {
                Assignment a = fixed.containsKey(need.id()) ? fixed.get(need.id()) : place(need);
                if (a == null) {
                    unassigned.add(need.id());
                    unserved += need.totalM2();
                } else {
                    assignments.add(a);
                }
            }
            return new MatchingSolution(instance.name(), assignments, unassigned, unserved);
        }

        private Assignment place(Need need) {
            for (Campus campus : campusesByDistance(need)) {
                for (YearMonth s = need.moveInEarliest(); !s.isAfter(need.moveInLatest()); s = s.plusMonths(1)) {
                    List<Unit> units = cheapestCover(need, campus, s);
                    if (units != null) {
                        MonthRange period = need.periodFrom(s);
                        units.forEach(u -> book(u.id(), period));
                        return new Assignment(need.id(), units.stream().map(Unit::id).toList(), s);
                    }
                }
            }
            return null;
        }

        private List<Campus> campusesByDistance(Need need) {
            List<Campus> campuses = new ArrayList<>(instance.campuses());
            campuses.removeIf(c -> !Rules.placeOk(need, c));
            if (need.near() != null) {
                campuses.sort(Comparator.comparingDouble(
                        c -> Geo.haversineKm(need.near().lat(), need.near().lon(), c.lat(), c.lon())));
            }
            return campuses;
        }

        /** Cheapest units first, each taken only if it adds area still missing; null if they do not cover. */
        private List<Unit> cheapestCover(Need need, Campus campus, YearMonth start) {
            MonthRange period = need.periodFrom(start);
            List<Unit> taken = new ArrayList<>();
            int lab = 0;
            int office = 0;
            int size = 0;
            for (Unit u : cheapestFirst.getOrDefault(campus.id(), List.of())) {
                if (lab >= need.labM2() && office >= need.officeM2()) {
                    break;
                }
                boolean adds = lab < need.labM2() && u.labM2() > 0 || office < need.officeM2() && u.officeM2() > 0;
                if (adds && need.fitsSize(size + u.labM2() + u.officeM2()) && Rules.qualityOk(need, u) && Rules.rentOk(need, u) && Rules.availableFor(need, u, start)
                        && isFree(u.id(), period)) {
                    taken.add(u);
                    lab += u.labM2();
                    office += u.officeM2();
                    size += u.labM2() + u.officeM2();
                }
            }
            boolean covers = lab >= need.labM2() && office >= need.officeM2();
            return covers && taken.size() <= need.maxUnits() ? taken : null;
        }

        private boolean isFree(String unitId, MonthRange period) {
            return booked.getOrDefault(unitId, List.of()).stream().noneMatch(p -> p.overlaps(period));
        }

        private void book(String unitId, MonthRange period) {
            booked.computeIfAbsent(unitId, k -> new ArrayList<>()).add(period);
        }
    }
}
