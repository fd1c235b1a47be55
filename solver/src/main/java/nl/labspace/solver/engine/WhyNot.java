package nl.labspace.solver.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Geo;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Rules;
import nl.labspace.solver.domain.Unit;
import nl.labspace.solver.engine.PlanExplanation.NeedExplanation;

/**
 * Why a need got nothing. Either no offer exists at all, and then the rule that removes the last candidate is
 * named (place, lab class, rent, timing, area), or every offer is held by other needs in those months, and then
 * the least disruptive alternatives are listed with the area they would displace.
 */
final class WhyNot {

    private static final int ALTERNATIVES = 3;

    private final MatchingInstance instance;
    private final Sketch occupancy;

    WhyNot(MatchingInstance instance, Sketch occupancy) {
        this.instance = instance;
        this.occupancy = occupancy;
    }

    NeedExplanation explain(NeedAssignment a, List<String> details) {
        Need n = a.getNeed();
        String prefix = "%s (%s) is not served: ".formatted(n.id(), MatchExplainer.asked(n));
        if (a.getOptions().isEmpty()) {
            return new NeedExplanation(n.id(), false, prefix + noOffer(n), details);
        }
        List<String> lines = new ArrayList<>(details);
        lines.addAll(alternatives(a));
        long campuses = a.getOptions().stream().map(p -> p.getCampus().id()).distinct().count();
        return new NeedExplanation(n.id(), false, prefix + ("every one of its %d valid options on %d campus%s is "
                + "taken by other needs in those months.").formatted(a.getOptions().size(), campuses,
                campuses == 1 ? "" : "es"), lines);
    }

    /** The least disruptive ways to serve the need anyway: one per campus, fewest displaced m² first. */
    private List<String> alternatives(NeedAssignment a) {
        Map<String, String> best = new LinkedHashMap<>();
        a.getOptions().stream()
                .map(p -> Map.entry(p, displacedM2(p)))
                .sorted(Comparator.comparingLong((Map.Entry<Placement, Long> e) -> e.getValue())
                        .thenComparingLong(e -> MatchingWeights.placementSoft(e.getKey().getCost())))
                .forEach(e -> best.putIfAbsent(e.getKey().getCampus().id(), describe(a.getNeed(), e.getKey(), e.getValue())));
        return best.values().stream().limit(ALTERNATIVES).toList();
    }

    private long displacedM2(Placement p) {
        long m2 = 0;
        for (int holder : occupancy.clashing(p)) {
            NeedAssignment h = occupancy.need(holder);
            m2 += h.isPinned() ? 1_000_000_000L : h.getNeed().totalM2();
        }
        return m2;
    }

    private String describe(Need n, Placement p, long displaced) {
        String holders = occupancy.clashing(p).stream().map(occupancy::need)
                .map(h -> "%s (%,d m²%s)".formatted(h.getId(), h.getNeed().totalM2(), h.isPinned() ? ", accepted" : ""))
                .collect(Collectors.joining(", "));
        String verdict = displaced >= 1_000_000_000L ? "not possible without breaking an accepted match"
                : displaced < n.totalM2() ? "net %+,d m² unserved, a gain the search did not reach within its budget"
                .formatted(displaced - n.totalM2()) : "net %+,d m² unserved".formatted(displaced - n.totalM2());
        return "Alternative: %s at %s from %s would displace %s: %s; %d soft points.".formatted(
                String.join(" + ", p.unitIds()), p.getCampus().id(), p.getStart(), holders, verdict,
                MatchingWeights.placementSoft(p.getCost()));
    }

    /** Applies rules 5, 3, 4, 6 and 1-2 in turn to the whole market and names the first that leaves nothing. */
    private String noOffer(Need n) {
        List<Campus> reachable = instance.campuses().stream().filter(c -> Rules.placeOk(n, c)).toList();
        if (reachable.isEmpty()) {
            return place(n);
        }
        List<String> ids = reachable.stream().map(Campus::id).toList();
        List<Unit> units = instance.units().stream().filter(u -> ids.contains(u.campusId())).toList();
        List<Unit> quality = filter(units, u -> Rules.qualityOk(n, u));
        if (quality.stream().noneMatch(u -> u.labM2() > 0) && n.labM2() > 0) {
            return "no lab %s on the %d campus%s within reach.".formatted(labClass(n), reachable.size(),
                    reachable.size() == 1 ? "" : "es");
        }
        List<Unit> affordable = filter(quality, u -> Rules.rentOk(n, u));
        if (affordable.isEmpty() || n.labM2() > 0 && affordable.stream().noneMatch(u -> u.labM2() > 0)) {
            double cheapest = quality.stream().mapToDouble(Unit::rentPerM2Year).min().orElse(0);
            return "over budget: the cheapest suitable unit within reach costs € %,.0f per m² a year, the maximum is € %,.0f."
                    .formatted(cheapest, n.maxRentPerM2Year());
        }
        List<Unit> timely = filter(affordable, u -> freeSometimeInWindow(n, u));
        if (timely.isEmpty()) {
            return "timing: no suitable unit is free for %d months from a start between %s and %s.".formatted(
                    n.termMonths(), n.moveInEarliest(), n.moveInLatest());
        }
        int lab = mostOnOneCampus(timely, n.maxUnits(), Unit::labM2);
        int office = mostOnOneCampus(timely, n.maxUnits(), Unit::officeM2);
        if (lab < n.labM2() || office < n.officeM2()) {
            return "too little space: at most %d suitable units on one campus give at most %,d m² lab and %,d m² office."
                    .formatted(n.maxUnits(), lab, office);
        }
        return ("timing: the suitable units that together are large enough are not free at the same time for %d "
                + "months from a start between %s and %s (availability or existing leases).").formatted(
                n.termMonths(), n.moveInEarliest(), n.moveInLatest());
    }

    /** "with containment ML-II, GMP grade D and fume-hood": what the need asks of a lab, in words. */
    private static String labClass(Need n) {
        List<String> parts = new ArrayList<>();
        if (n.containment() != nl.labspace.solver.domain.Containment.NONE) {
            parts.add("containment " + n.containment().code());
        }
        if (n.gmp() != nl.labspace.solver.domain.GmpGrade.NONE) {
            parts.add("GMP grade " + n.gmp().code());
        }
        if (!n.features().isEmpty()) {
            parts.add("features " + String.join(", ", n.features().stream().sorted().toList()));
        }
        return parts.isEmpty() ? "at all" : "with " + String.join(" and ", parts);
    }

    /** The largest area that maxUnits units of one campus can give, on the given dimension. */
    private static int mostOnOneCampus(List<Unit> units, int maxUnits, java.util.function.ToIntFunction<Unit> area) {
        return units.stream().collect(Collectors.groupingBy(Unit::campusId)).values().stream()
                .mapToInt(list -> list.stream().mapToInt(area).boxed().sorted(Comparator.reverseOrder())
                        .limit(maxUnits).mapToInt(Integer::intValue).sum())
                .max().orElse(0);
    }

    private boolean freeSometimeInWindow(Need n, Unit u) {
        for (var s = n.moveInEarliest(); !s.isAfter(n.moveInLatest()); s = s.plusMonths(1)) {
            var period = n.periodFrom(s);
            if (Rules.availableFor(n, u, s) && instance.leases().stream()
                    .noneMatch(l -> l.unitId().equals(u.id()) && l.period().overlaps(period))) {
                return true;
            }
        }
        return false;
    }

    private String place(Need n) {
        if (n.near() == null) {
            return "no campus in the provinces %s.".formatted(n.provinces());
        }
        Campus nearest = instance.campuses().stream().min(Comparator.comparingDouble(c -> km(n, c))).orElseThrow();
        return "no campus within %.0f km of the preferred place%s (nearest: %s at %.0f km)."
                .formatted(n.near().maxKm(), n.provinces().isEmpty() ? "" : " in " + n.provinces(), nearest.id(),
                        km(n, nearest));
    }

    private static double km(Need n, Campus c) {
        return Geo.haversineKm(n.near().lat(), n.near().lon(), c.lat(), c.lon());
    }

    private static List<Unit> filter(List<Unit> units, Predicate<Unit> keep) {
        return units.stream().filter(keep).toList();
    }
}
