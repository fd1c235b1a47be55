package nl.labspace.db.insight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The reader's strongest tool short of bounds: every Sum at once. The withheld cells are the unknowns of the
 * system "total - parts = what the shown cells give"; a withheld cell is determined when every solution of the
 * homogeneous system gives it 0, i.e. some combination of Sums isolates it. Elimination runs in integers modulo a
 * prime (exact, no rounding) per connected group of unknowns (groups share no Sum, so they are independent), and only
 * for groups that hold a cell worth asking about; then one solution with random free values is drawn: a cell it gives
 * 0 is determined; an undetermined cell gets 0 with odds of one in two billion, which only costs one more complement.
 */
final class Determination {

    private static final long P = 2_147_483_647L;

    private Determination() {
    }

    /**
     * The unknown cells the Sums determine, among the groups that hold an asked cell. sums: cell indices, total
     * first (negative: an absent, known cell). The random draw is seeded, so the answer is the same on every run.
     */
    static BitSet determined(int[][] sums, BitSet unknown, BitSet asked, int cellCount) {
        int[] group = groups(sums, unknown, cellCount);
        BitSet wanted = new BitSet(cellCount);
        for (int c = asked.nextSetBit(0); c >= 0; c = asked.nextSetBit(c + 1)) {
            if (unknown.get(c)) {
                wanted.set(find(group, c));
            }
        }
        Map<Integer, List<int[]>> rowsByGroup = new HashMap<>();
        for (int[] sum : sums) {
            int first = firstUnknown(sum, unknown);
            if (first >= 0) {
                int g = find(group, first);
                if (wanted.get(g)) {
                    rowsByGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(sum);
                }
            }
        }
        BitSet answer = new BitSet(cellCount);
        SplittableRandom random = new SplittableRandom(18);
        Row[] pivots = new Row[cellCount];
        long[] x = new long[cellCount];
        rowsByGroup.keySet().stream().sorted()
                .forEach(g -> solve(rowsByGroup.get(g), unknown, random, pivots, x, answer));
        return answer;
    }

    private static void solve(List<int[]> sums, BitSet unknown, SplittableRandom random, Row[] pivots, long[] x,
                              BitSet answer) {
        BitSet columns = new BitSet();
        for (int[] sum : sums) {
            Row row = Row.of(sum, unknown);
            for (int c : row.cols) {
                columns.set(c);
            }
            while (row.cols.length > 0) {
                Row pivot = pivots[row.cols[0]];
                if (pivot == null) {
                    pivots[row.cols[0]] = row.normalised();
                    break;
                }
                row = row.minus(pivot, row.vals[0]);
            }
        }
        for (int c = columns.length() - 1; c >= 0; c = columns.previousSetBit(c - 1)) {
            Row pivot = pivots[c];
            if (pivot == null) {
                x[c] = 1 + random.nextLong(P - 1);
                continue;
            }
            long rest = 0;
            for (int k = 1; k < pivot.cols.length; k++) {
                rest = (rest + pivot.vals[k] * x[pivot.cols[k]]) % P;
            }
            x[c] = (P - rest) % P;
            if (x[c] == 0) {
                answer.set(c);
            }
        }
    }

    /** One Sum over the unknowns: sorted columns and their coefficients modulo P, zeros dropped. */
    private record Row(int[] cols, long[] vals) {

        static Row of(int[] sum, BitSet unknown) {
            // a cell twice in one Sum adds its coefficients: encode column and coefficient, sort by column, merge
            long[] terms = new long[sum.length];
            int n = 0;
            for (int k = 0; k < sum.length; k++) {
                if (sum[k] >= 0 && unknown.get(sum[k])) {
                    terms[n++] = ((long) sum[k] << 1) | (k == 0 ? 1 : 0);
                }
            }
            Arrays.sort(terms, 0, n);
            int[] cols = new int[n];
            long[] vals = new long[n];
            int m = 0;
            for (int k = 0; k < n; k++) {
                int col = (int) (terms[k] >>> 1);
                long value = (terms[k] & 1) == 1 ? 1 : P - 1;
                if (m > 0 && cols[m - 1] == col) {
                    vals[m - 1] = (vals[m - 1] + value) % P;
                } else {
                    cols[m] = col;
                    vals[m++] = value;
                }
            }
            int kept = 0;
            for (int k = 0; k < m; k++) {
                if (vals[k] != 0) {
                    cols[kept] = cols[k];
                    vals[kept++] = vals[k];
                }
            }
            return new Row(Arrays.copyOf(cols, kept), Arrays.copyOf(vals, kept));
        }

        Row normalised() {
            long inverse = inverse(vals[0]);
            long[] scaled = new long[vals.length];
            for (int k = 0; k < vals.length; k++) {
                scaled[k] = vals[k] * inverse % P;
            }
            return new Row(cols, scaled);
        }

        /** this - factor * other (other's lead is this's lead, its coefficient 1), by a merge of the sorted rows. */
        Row minus(Row other, long factor) {
            int[] c = new int[cols.length + other.cols.length];
            long[] v = new long[c.length];
            int i = 0;
            int j = 0;
            int n = 0;
            while (i < cols.length || j < other.cols.length) {
                int col;
                long value;
                if (j >= other.cols.length || i < cols.length && cols[i] < other.cols[j]) {
                    col = cols[i];
                    value = vals[i++];
                } else if (i >= cols.length || other.cols[j] < cols[i]) {
                    col = other.cols[j];
                    value = (P - factor * other.vals[j++] % P) % P;
                } else {
                    col = cols[i];
                    value = (vals[i++] + P - factor * other.vals[j++] % P) % P;
                }
                if (value != 0) {
                    c[n] = col;
                    v[n++] = value;
                }
            }
            return new Row(Arrays.copyOf(c, n), Arrays.copyOf(v, n));
        }
    }

    /** Union-find over the unknowns: two unknowns in one Sum are in one group. */
    private static int[] groups(int[][] sums, BitSet unknown, int cellCount) {
        int[] parent = new int[cellCount];
        Arrays.setAll(parent, i -> i);
        for (int[] sum : sums) {
            int first = firstUnknown(sum, unknown);
            if (first < 0) {
                continue;
            }
            for (int c : sum) {
                if (c >= 0 && unknown.get(c)) {
                    parent[find(parent, c)] = find(parent, first);
                }
            }
        }
        return parent;
    }

    private static int find(int[] parent, int c) {
        while (parent[c] != c) {
            parent[c] = parent[parent[c]];
            c = parent[c];
        }
        return c;
    }

    private static int firstUnknown(int[] sum, BitSet unknown) {
        for (int c : sum) {
            if (c >= 0 && unknown.get(c)) {
                return c;
            }
        }
        return -1;
    }

    private static long inverse(long a) {
        long result = 1;
        long base = a % P;
        for (long e = P - 2; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = result * base % P;
            }
            base = base * base % P;
        }
        return result;
    }
}
