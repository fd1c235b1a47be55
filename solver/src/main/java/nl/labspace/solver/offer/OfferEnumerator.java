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
            .thenComparing(o -> String.join(",", o.unitIds()))
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
                capped |= new CampusCovers(need, campus).collect(offers);
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

    static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    static YearMonth month(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    /** The minimal covers of one need on one campus. */
    private final class CampusCovers {
        private final Need need;
        private final List<Cand> cands = new ArrayList<>();

        /** A unit that may take part: quality, rent and some start month fit, and it adds area the need asks. */
        private record Cand(Unit unit, int lab, int office, int lo, int hi, double usefulness) {
        }

        CampusCovers(Need need, Campus campus) {
            this.need = need;
            int t = need.termMonths();
            int lo0 = index(need.moveInEarliest());
            int hi0 = index(need.moveInLatest());
            for (Unit u : unitsByCampus.getOrDefault(campus.id(), List.of())) {
                int lab = need.labM2() > 0 ? u.labM2() : 0;
                int office = need.officeM2() > 0 ? u.officeM2() : 0;
                if (lab + office == 0 || !Rules.qualityOk(need, u) || !Rules.rentOk(need, u)) {
                    continue;
                }
                int lo = Math.max(lo0, index(u.availableFrom()));
                int hi = u.availableUntil() == null ? hi0 : Math.min(hi0, index(u.availableUntil()) - (t - 1));
                if (lo <= hi) {
                    cands.add(new Cand(u, lab, office, lo, hi, usefulness(lab, office)));
                }
            }
        }

        private double usefulness(int lab, int office) {
            double l = need.labM2() > 0 ? Math.min(lab, need.labM2()) / (double) need.labM2() : 0;
            double o = need.officeM2() > 0 ? Math.min(office, need.officeM2()) / (double) need.officeM2() : 0;
            return l + o;
        }

        private boolean covers(int lab, int office) {
            return lab >= need.labM2() && office >= need.officeM2();
        }

        /** Adds this campus's offers; true when the candidate cap dropped units from combinations. */
        boolean collect(List<Offer> out) {
            List<Cand> pool = new ArrayList<>();
            for (Cand c : cands) {
                if (covers(c.lab, c.office)) {
                    emit(out, c);
                } else {
                    pool.add(c);
                }
            }
            int k = Math.min(need.maxUnits(), limits.maxUnitsPerOffer());
            if (k < 2 || pool.size() < 2) {
                return false;
            }
            boolean capped = false;
            if (pool.size() > limits.comboCandidatesPerCampus()) {
                pool.sort(Comparator.comparingDouble(Cand::usefulness).reversed()
                        .thenComparingDouble(c -> c.unit.rentPerM2Year()).thenComparing(c -> c.unit.id()));
                pool = pool.subList(0, limits.comboCandidatesPerCampus());
                capped = true;
            }
            combine(out, pool.toArray(Cand[]::new), k);
            return capped;
        }

        private void combine(List<Offer> out, Cand[] p, int k) {
            int n = p.length;
            boolean[][] pairCovers = new boolean[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    pairCovers[i][j] = covers(p[i].lab + p[j].lab, p[i].office + p[j].office);
                    if (pairCovers[i][j]) {
                        emit(out, p[i], p[j]);
                    }
                }
            }
            if (k < 3) {
                return;
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (pairCovers[i][j]) {
                        continue;
                    }
                    int lab = p[i].lab + p[j].lab;
                    int office = p[i].office + p[j].office;
                    for (int m = j + 1; m < n; m++) {
                        if (!pairCovers[i][m] && !pairCovers[j][m]
                                && covers(lab + p[m].lab, office + p[m].office)) {
                            emit(out, p[i], p[j], p[m]);
                        }
                    }
                }
            }
        }

        private void emit(List<Offer> out, Cand... set) {
            int lo = Integer.MIN_VALUE;
            int hi = Integer.MAX_VALUE;
            for (Cand c : set) {
                lo = Math.max(lo, c.lo);
                hi = Math.min(hi, c.hi);
            }
            if (lo > hi) {
                return;
            }
            List<Unit> units = Arrays.stream(set).map(Cand::unit).toList();
            for (int[] free : freeStretches(units, lo, hi)) {
                out.add(offer(need, units, new MonthRange(month(free[0]), month(free[1]))));
            }
        }

        /** Parts of [lo, hi] whose starts overlap no existing lease of these units. */
        private List<int[]> freeStretches(List<Unit> units, int lo, int hi) {
            List<int[]> blocked = new ArrayList<>();
            for (Unit u : units) {
                for (MonthRange lease : leasesByUnit.getOrDefault(u.id(), List.of())) {
                    // A start s collides when [s, s+t-1] meets [first, last].
                    blocked.add(new int[] {index(lease.first()) - (need.termMonths() - 1), index(lease.last())});
                }
            }
            if (blocked.isEmpty()) {
                return List.of(new int[] {lo, hi});
            }
            blocked.sort(Comparator.comparingInt(b -> b[0]));
            List<int[]> free = new ArrayList<>();
            int from = lo;
            for (int[] b : blocked) {
                if (b[0] > from) {
                    int to = Math.min(hi, b[0] - 1);
                    if (from <= to) {
                        free.add(new int[] {from, to});
                    }
                }
                from = Math.max(from, b[1] + 1);
                if (from > hi) {
                    break;
                }
            }
            if (from <= hi) {
                free.add(new int[] {from, hi});
            }
            return free;
        }
    }
}
