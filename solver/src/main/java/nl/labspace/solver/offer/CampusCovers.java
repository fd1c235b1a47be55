package nl.labspace.solver.offer;

import static nl.labspace.solver.offer.OfferEnumerator.index;
import static nl.labspace.solver.offer.OfferEnumerator.month;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.labspace.solver.domain.MonthRange;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Rules;
import nl.labspace.solver.domain.Unit;

/**
 * The minimal covers of one need on one campus: singles, then pairs and triples of units that are not. A cover
 * over the need's size bound (rule 2b) is never built; any cover contains a minimal one and has at least its area,
 * so dropping the over-sized minimal covers loses no valid cover within the bound.
 */
final class CampusCovers {

    private final Need need;
    private final OfferLimits limits;
    private final Map<String, List<MonthRange>> leasesByUnit;
    private final List<Cand> cands = new ArrayList<>();

    /**
     * A unit that may take part: quality, rent and some start month fit, it adds area the need asks, and its whole
     * area is within the size bound. lab and office count what the need asks for; size is the unit's whole area.
     */
    private record Cand(Unit unit, int lab, int office, int size, int lo, int hi, double usefulness) {
    }

    CampusCovers(Need need, List<Unit> campusUnits, OfferLimits limits,
                 Map<String, List<MonthRange>> leasesByUnit) {
        this.need = need;
        this.limits = limits;
        this.leasesByUnit = leasesByUnit;
        int t = need.termMonths();
        int lo0 = index(need.moveInEarliest());
        int hi0 = index(need.moveInLatest());
        for (Unit u : campusUnits) {
            int lab = need.labM2() > 0 ? u.labM2() : 0;
            int office = need.officeM2() > 0 ? u.officeM2() : 0;
            // A unit already over the bound can take part in no offer: dropped here, before the combination cap.
            if (lab + office == 0 || !need.fitsSize(u.labM2() + u.officeM2()) || !Rules.qualityOk(need, u)
                    || !Rules.rentOk(need, u)) {
                continue;
            }
            int lo = Math.max(lo0, index(u.availableFrom()));
            int hi = u.availableUntil() == null ? hi0 : Math.min(hi0, index(u.availableUntil()) - (t - 1));
            if (lo <= hi) {
                cands.add(new Cand(u, lab, office, u.labM2() + u.officeM2(), lo, hi, usefulness(lab, office)));
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
                if (pairCovers[i][j] && need.fitsSize(p[i].size + p[j].size)) {
                    emit(out, p[i], p[j]);
                }
            }
        }
        if (k < 3) {
            return;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                // A covering pair makes its triples non-minimal; a pair over the bound makes them too large.
                if (pairCovers[i][j] || !need.fitsSize(p[i].size + p[j].size)) {
                    continue;
                }
                int lab = p[i].lab + p[j].lab;
                int office = p[i].office + p[j].office;
                int size = p[i].size + p[j].size;
                for (int m = j + 1; m < n; m++) {
                    if (!pairCovers[i][m] && !pairCovers[j][m]
                            && covers(lab + p[m].lab, office + p[m].office) && need.fitsSize(size + p[m].size)) {
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
            out.add(OfferEnumerator.offer(need, units, new MonthRange(month(free[0]), month(free[1]))));
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
