package nl.labspace.solver.engine;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Geo;
import nl.labspace.solver.domain.Lease;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Rules;
import nl.labspace.solver.domain.Unit;
import nl.labspace.solver.explain.Reason;

/**
 * Why a need has no valid option at all: applies rules 5, 3, 4, 2b, 6 and 1-2 in turn to the whole market and names
 * the first that leaves no candidate. The size bound (2b) comes before timing: like class and rent it is a fact of
 * the units, not of the months, and "the only space is far too large" is what a founder needs to hear first. Leases passed in count as taken months (existing leases, and for instant
 * options the accepted matches too).
 */
final class BindingRule {

    private final List<Campus> campuses;
    private final List<Unit> units;
    private final List<Lease> leases;

    BindingRule(List<Campus> campuses, List<Unit> units, List<Lease> leases) {
        this.campuses = campuses;
        this.units = units;
        this.leases = leases;
    }

    Reason of(Need n) {
        List<Campus> reachable = campuses.stream().filter(c -> Rules.placeOk(n, c)).toList();
        if (reachable.isEmpty()) {
            return place(n);
        }
        List<String> ids = reachable.stream().map(Campus::id).toList();
        List<Unit> inReach = filter(units, u -> ids.contains(u.campusId()));
        List<Unit> quality = filter(inReach, u -> Rules.qualityOk(n, u));
        if (n.labM2() > 0 && quality.stream().noneMatch(u -> u.labM2() > 0)) {
            boolean classExists = inReach.stream().anyMatch(u -> u.labM2() > 0
                    && u.containment().covers(n.containment()) && u.gmp().covers(n.gmp()));
            return classExists ? new Reason.MissingFeatures(n.features().stream().sorted().toList(), reachable.size())
                    : new Reason.NoLabClass(n.containment(), n.gmp(), reachable.size());
        }
        if (quality.isEmpty()) {
            return new Reason.NotEnoughArea(n.maxUnits(), 0, 0);
        }
        // With no maximum rent every unit is affordable, so this only binds when the need gave one.
        List<Unit> affordable = filter(quality, u -> Rules.rentOk(n, u));
        if (affordable.isEmpty() || n.labM2() > 0 && affordable.stream().noneMatch(u -> u.labM2() > 0)) {
            double cheapest = quality.stream().mapToDouble(Unit::rentPerM2Year).min().orElse(0);
            return new Reason.RentAboveMax(cheapest, n.maxRentPerM2Year());
        }
        // With no maximum area every cover fits, so this only binds when the need (or its default) gave one.
        Integer smallest = n.maxM2() == null ? null : SmallestCover.of(n, affordable);
        if (smallest != null && smallest > n.maxM2()) {
            return new Reason.AreaAboveMax(smallest, n.maxM2(), n.containment(), n.gmp());
        }
        List<Unit> sized = filter(affordable, u -> n.fitsSize(u.labM2() + u.officeM2()));
        List<Unit> timely = filter(sized, u -> freeSometimeInWindow(n, u));
        if (timely.isEmpty()) {
            return new Reason.NoTiming(n.moveInEarliest(), n.moveInLatest(), n.termMonths(), false);
        }
        int lab = mostOnOneCampus(timely, n.maxUnits(), Unit::labM2);
        int office = mostOnOneCampus(timely, n.maxUnits(), Unit::officeM2);
        if (lab < n.labM2() || office < n.officeM2()) {
            return new Reason.NotEnoughArea(n.maxUnits(), lab, office);
        }
        return new Reason.NoTiming(n.moveInEarliest(), n.moveInLatest(), n.termMonths(), true);
    }

    /** The largest area that maxUnits units of one campus can give, on the given dimension. */
    private static int mostOnOneCampus(List<Unit> units, int maxUnits, ToIntFunction<Unit> area) {
        return units.stream().collect(Collectors.groupingBy(Unit::campusId)).values().stream()
                .mapToInt(list -> list.stream().mapToInt(area).boxed().sorted(Comparator.reverseOrder())
                        .limit(maxUnits).mapToInt(Integer::intValue).sum())
                .max().orElse(0);
    }

    private boolean freeSometimeInWindow(Need n, Unit u) {
        for (YearMonth s = n.moveInEarliest(); !s.isAfter(n.moveInLatest()); s = s.plusMonths(1)) {
            var period = n.periodFrom(s);
            if (Rules.availableFor(n, u, s) && leases.stream()
                    .noneMatch(l -> l.unitId().equals(u.id()) && l.period().overlaps(period))) {
                return true;
            }
        }
        return false;
    }

    private Reason place(Need n) {
        List<String> provinces = n.provinces().stream().sorted().toList();
        if (n.near() == null) {
            return new Reason.NoCampusInReach(null, provinces, null, null);
        }
        Campus nearest = campuses.stream().min(Comparator.comparingDouble(c -> km(n, c))).orElse(null);
        return new Reason.NoCampusInReach(n.near().maxKm(), provinces, nearest == null ? null : nearest.id(),
                nearest == null ? null : km(n, nearest));
    }

    private static double km(Need n, Campus c) {
        return Geo.haversineKm(n.near().lat(), n.near().lon(), c.lat(), c.lon());
    }

    private static List<Unit> filter(List<Unit> units, Predicate<Unit> keep) {
        return units.stream().filter(keep).toList();
    }
}
