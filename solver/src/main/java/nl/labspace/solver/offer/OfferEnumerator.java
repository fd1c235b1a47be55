package nl.labspace.solver.offer;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.Campus;
import nl.labspace.solver.domain.Lease;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MonthRange;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Rules;
import nl.labspace.solver.domain.Unit;

/** Enumerates the minimal covers of one need, campus by campus; read-only after construction, so thread-safe. */
final class OfferEnumerator {

    static final Comparator<Offer> ORDER = Comparator.<Offer>comparingInt(o -> o.unitIds().size())
            .thenComparingInt(Offer::wasteM2)
            .thenComparingDouble(Offer::maxRentPerM2Year)
            .thenComparing(Offer::campusId)
            .thenComparing(Offer::unitIds, OfferEnumerator::compareIds)
            .thenComparing(o -> o.starts().first());

    record Result(List<Offer> offers, boolean capped) {
    }

    private final MatchingInstance instance;
    private final OfferLimits limits;
    private final Map<String, List<Unit>> unitsByCampus;
    private final Map<String, Unit> unitsById;
    private final Map<String, List<MonthRange>> leasesByUnit;
    private final Map<String, Assignment> fixedByNeed;

    OfferEnumerator(MatchingInstance instance, OfferLimits limits) {
        this.instance = instance;
        this.limits = limits;
        this.unitsByCampus = instance.units().stream().collect(Collectors.groupingBy(Unit::campusId));
        this.unitsById = instance.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        this.leasesByUnit = instance.leases().stream().collect(Collectors.groupingBy(Lease::unitId,
                Collectors.mapping(Lease::period, Collectors.toList())));
        this.fixedByNeed = instance.fixed().stream().collect(Collectors.toMap(Assignment::needId, Function.identity()));
    }

    Result offersFor(Need need) {
        Assignment fixed = fixedByNeed.get(need.id());
        if (fixed != null) {
            return new Result(List.of(fixedOffer(need, fixed)), false);
        }
        List<Offer> offers = new ArrayList<>();
        boolean capped = false;
        for (Campus campus : instance.campuses()) {
            if (Rules.placeOk(need, campus)) {
                capped |= new CampusCovers(need, unitsByCampus.getOrDefault(campus.id(), List.of()), limits,
                        leasesByUnit).collect(offers);
            }
        }
        offers.sort(ORDER);
        if (offers.size() > limits.offersPerNeed()) {
            return new Result(List.copyOf(offers.subList(0, limits.offersPerNeed())), true);
        }
        return new Result(List.copyOf(offers), capped);
    }

    private Offer fixedOffer(Need need, Assignment fixed) {
        List<Unit> units = fixed.unitIds().stream().map(unitsById::get).toList();
        return offer(need, units, new MonthRange(fixed.start(), fixed.start()));
    }

    static Offer offer(Need need, List<Unit> units, MonthRange starts) {
        int lab = units.stream().mapToInt(Unit::labM2).sum();
        int office = units.stream().mapToInt(Unit::officeM2).sum();
        double maxRent = units.stream().mapToDouble(Unit::rentPerM2Year).max().orElse(0);
        List<String> ids = units.stream().map(Unit::id).sorted().toList();
        return new Offer(need.id(), units.get(0).campusId(), ids, lab, office, lab + office - need.totalM2(), maxRent,
                starts);
    }

    /** Lexicographic order of two sorted id lists, without building strings (sorting is the hot spot). */
    static int compareIds(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    static YearMonth month(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }
}
