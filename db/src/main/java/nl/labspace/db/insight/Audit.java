package nl.labspace.db.insight;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;

/**
 * The working state of one Suppression: cells by index, which are withheld, each Sum as indices (total first) and
 * the Sums each cell sits in. Mutable because the fixpoint withholds cell after cell; it lives for one apply.
 */
final class Audit {

    /** An id a Sum names but no cell has: an empty cell, shown as 0. */
    private static final int ABSENT = -1;
    /** complementFor's answer when the Sum is safe as it stands. */
    private static final int SAFE = -1;

    private final Cell[] cells;
    private final Withheld[] withheld;
    private final int[][] sums;
    private final int[][] sumsOf;
    private final Comparator<Integer> leastLoss;
    private List<Integer> exposed = List.of();

    Audit(Collection<Cell> given, Collection<Sum> relations) {
        cells = given.toArray(Cell[]::new);
        withheld = new Withheld[cells.length];
        Map<String, Integer> index = new HashMap<>(cells.length * 2);
        for (int i = 0; i < cells.length; i++) {
            if (index.put(cells[i].id(), i) != null) {
                throw new IllegalArgumentException("cell %s is given twice".formatted(cells[i].id()));
            }
        }
        sums = relations.stream()
                .sorted(Comparator.comparing(Sum::total).thenComparing(s -> String.join("\u0000", s.parts())))
                .map(s -> indices(s, index))
                .toArray(int[][]::new);
        sumsOf = invert(sums, cells.length);
        leastLoss = Comparator.<Integer>comparingLong(c -> cells[c].value())
                .thenComparingInt(c -> cells[c].companies())
                .thenComparing(c -> cells[c].id());
    }

    void withholdPrimary() {
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isPublic() && !Disclosure.shows(cells[i].companies())) {
                withheld[i] = Withheld.FEW_COMPANIES;
            }
        }
    }

    /** Audits every Sum that holds a withheld cell, withholding complements until every Sum is safe. */
    void complete() {
        PriorityQueue<Integer> pending = new PriorityQueue<>();
        boolean[] queued = new boolean[sums.length];
        for (int s = 0; s < sums.length; s++) {
            if (holdsWithheld(sums[s])) {
                queued[s] = pending.add(s);
            }
        }
        while (!pending.isEmpty()) {
            int s = pending.poll();
            queued[s] = false;
            int complement = complementFor(sums[s]);
            if (complement == SAFE) {
                continue;
            }
            withheld[complement] = Withheld.COMPLEMENTARY;
            for (int other : sumsOf[complement]) {
                if (!queued[other]) {
                    queued[other] = pending.add(other);
                }
            }
        }
    }

    /**
     * Then every Sum at once: while some combination of Sums determines a cell of few companies that is not 0 (a
     * complementary cell comes from three companies or more, so knowing it discloses nobody), the cheapest
     * shown cell next to it (in one of its Sums, else in a Sum of the withheld cells tied to it) is withheld too, and
     * the Sums are audited one by one again. Each round withholds at least one more cell, so it ends; a cell the
     * public cells alone determine cannot be helped and is reported by {@link #exposed()}.
     */
    void completeSystem() {
        while (true) {
            List<Integer> determined = determinedNonZero();
            boolean progress = false;
            for (int d : determined) {
                for (int complement : complementsAround(d)) {
                    if (withheld[complement] == null) {
                        withheld[complement] = Withheld.COMPLEMENTARY;
                        progress = true;
                    }
                }
            }
            if (!progress) {
                exposed = determined;
                return;
            }
            complete();
        }
    }

    /** Cells of few companies, not 0, that the whole system still determines (none once completeSystem protected all). */
    List<String> exposed() {
        return exposed.stream().map(c -> cells[c].id()).toList();
    }

    private List<Integer> determinedNonZero() {
        BitSet unknown = new BitSet(cells.length);
        BitSet asked = new BitSet(cells.length);
        for (int i = 0; i < cells.length; i++) {
            if (withheld[i] != null) {
                unknown.set(i);
            }
            if (withheld[i] == Withheld.FEW_COMPANIES && cells[i].value() != 0) {
                asked.set(i);
            }
        }
        BitSet determined = Determination.determined(sums, unknown, asked, cells.length);
        List<Integer> answer = new ArrayList<>();
        for (int c = determined.nextSetBit(0); c >= 0; c = determined.nextSetBit(c + 1)) {
            if (cells[c].value() != 0 && withheld[c] == Withheld.FEW_COMPANIES) {
                answer.add(c);
            }
        }
        return answer;
    }

    /**
     * The best shown part of every Sum of d that has one (non-zero first, then a 0 that companies fill, then an empty
     * cell: withholding it hides nothing of anyone); else the nearest cell that can serve (complementNear). A total
     * serves only where no part can: withholding a province or the country to guard one cell would cost the most read
     * figures.
     */
    private List<Integer> complementsAround(int d) {
        List<Integer> answer = new ArrayList<>();
        for (int s : sumsOf[d]) {
            int best = ABSENT;
            int bestRank = 3;
            for (int k = 1; k < sums[s].length; k++) {
                int other = sums[s][k];
                int r = other == ABSENT ? 4 : rank(other, k);
                if (r < bestRank || r == bestRank && best != ABSENT && leastLoss.compare(other, best) < 0) {
                    best = other;
                    bestRank = r;
                }
            }
            if (best != ABSENT) {
                answer.add(best);
            }
        }
        if (answer.isEmpty()) {
            int near = complementNear(d);
            if (near != ABSENT) {
                answer.add(near);
            }
        }
        return answer;
    }

    /**
     * How well a cell serves as a complement, 0 best: a shown non-zero part; a shown part of 0 that companies fill; a
     * shown empty part; a shown total; 4: not at all (withheld, public or absent).
     */
    private int rank(int c, int position) {
        if (!eligible(c)) {
            return 4;
        }
        if (position == 0) {
            return 3;
        }
        if (cells[c].value() != 0) {
            return 0;
        }
        return cells[c].companies() > 0 ? 1 : 2;
    }

    /** The best-ranked, then cheapest, shown cell in a Sum of d; else of the nearest withheld cells tied to d. */
    private int complementNear(int d) {
        Set<Integer> seen = new HashSet<>(List.of(d));
        List<Integer> layer = List.of(d);
        int fallback = ABSENT;
        int fallbackRank = 4;
        while (!layer.isEmpty()) {
            int best = ABSENT;
            int bestRank = 4;
            List<Integer> next = new ArrayList<>();
            for (int c : layer) {
                for (int s : sumsOf[c]) {
                    for (int k = 0; k < sums[s].length; k++) {
                        int other = sums[s][k];
                        if (other == ABSENT) {
                            continue;
                        }
                        int r = rank(other, k);
                        if (r < bestRank || r == bestRank && r < 4 && leastLoss.compare(other, best) < 0) {
                            best = other;
                            bestRank = r;
                        } else if (isWithheld(other) && seen.add(other)) {
                            next.add(other);
                        }
                    }
                }
            }
            if (bestRank == 0) {
                return best;
            }
            if (bestRank < fallbackRank) {
                fallback = best;
                fallbackRank = bestRank;
            }
            layer = next;
        }
        return fallback;
    }

    Map<String, Withheld> withheld() {
        Map<String, Withheld> answer = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            if (withheld[i] != null) {
                answer.put(cells[i].id(), withheld[i]);
            }
        }
        return answer;
    }

    private int complementFor(int[] sum) {
        if (isWithheld(sum[0]) ? totalCovered(sum) : partsCovered(sum)) {
            return SAFE;
        }
        int part = cheapestShownPart(sum, true);
        if (part != ABSENT) {
            return part;
        }
        if (!isWithheld(sum[0]) && eligible(sum[0])) {
            return sum[0];
        }
        int zero = isWithheld(sum[0]) ? cheapestShownPart(sum, false) : ABSENT;
        if (zero != ABSENT) {
            return zero;
        }
        throw new IllegalArgumentException("sum %s cannot keep its withheld cells: every other cell is public or 0"
                .formatted(idOf(sum[0])));
    }

    /** Total shown: the withheld parts' sum is known, so it must hold two non-zero parts of three companies. */
    private boolean partsCovered(int[] sum) {
        int nonZero = 0;
        boolean any = false;
        boolean many = false;
        int atLeast = 0;
        Set<UUID> few = new HashSet<>();
        for (int k = 1; k < sum.length; k++) {
            int c = sum[k];
            if (!isWithheld(c)) {
                continue;
            }
            any = true;
            if (cells[c].value() == 0) {
                continue;
            }
            nonZero++;
            many |= cells[c].companies() >= Disclosure.MIN_COMPANIES;
            few.addAll(cells[c].few());
            atLeast = Math.max(atLeast, cells[c].companies());
        }
        boolean enoughCompanies = many || Math.max(few.size(), atLeast) >= Disclosure.MIN_COMPANIES;
        return !any || nonZero >= 2 && enoughCompanies;
    }

    /** Total withheld: total minus the withheld parts is known, so a part must be withheld with it, non-zero. */
    private boolean totalCovered(int[] sum) {
        boolean any = false;
        boolean nonZero = false;
        for (int k = 1; k < sum.length; k++) {
            if (isWithheld(sum[k])) {
                any = true;
                nonZero |= cells[sum[k]].value() != 0;
            }
        }
        return any && (nonZero || cells[sum[0]].value() == 0);
    }

    private int cheapestShownPart(int[] sum, boolean nonZero) {
        int best = ABSENT;
        for (int k = 1; k < sum.length; k++) {
            int c = sum[k];
            if (eligible(c) && (cells[c].value() != 0) == nonZero
                    && (best == ABSENT || leastLoss.compare(c, best) < 0)) {
                best = c;
            }
        }
        return best;
    }

    private boolean eligible(int c) {
        return c != ABSENT && withheld[c] == null && !cells[c].isPublic();
    }

    private boolean isWithheld(int c) {
        return c != ABSENT && withheld[c] != null;
    }

    private boolean holdsWithheld(int[] sum) {
        for (int c : sum) {
            if (isWithheld(c)) {
                return true;
            }
        }
        return false;
    }

    private String idOf(int c) {
        return c == ABSENT ? "(a total no cell has)" : cells[c].id();
    }

    private static int[] indices(Sum sum, Map<String, Integer> index) {
        int[] answer = new int[sum.parts().size() + 1];
        answer[0] = index.getOrDefault(sum.total(), ABSENT);
        for (int k = 0; k < sum.parts().size(); k++) {
            answer[k + 1] = index.getOrDefault(sum.parts().get(k), ABSENT);
        }
        return answer;
    }

    private static int[][] invert(int[][] sums, int cellCount) {
        int[] count = new int[cellCount];
        for (int[] sum : sums) {
            for (int c : sum) {
                if (c != ABSENT) {
                    count[c]++;
                }
            }
        }
        int[][] answer = new int[cellCount][];
        for (int c = 0; c < cellCount; c++) {
            answer[c] = new int[count[c]];
            count[c] = 0;
        }
        for (int s = 0; s < sums.length; s++) {
            for (int c : sums[s]) {
                if (c != ABSENT) {
                    answer[c][count[c]++] = s;
                }
            }
        }
        return answer;
    }
}
