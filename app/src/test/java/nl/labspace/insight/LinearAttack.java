package nl.labspace.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The attacker's strongest tool short of bounds: every relation at once. The cells it never saw are the unknowns of
 * "total - parts = what the shown cells give"; a cell is determined when every solution of the homogeneous system
 * gives it 0. Elimination runs in integers modulo a large prime (exact), and one solution is drawn with random free
 * values: a cell it gives 0 is determined (an undetermined one gets 0 with odds of one in two billion).
 */
final class LinearAttack {

    private static final long P = 2_147_483_647L;

    private LinearAttack() {
    }

    static Set<String> determined(List<Differencing.Relation> relations, Set<String> unknown) {
        List<String> names = new ArrayList<>(new TreeSet<>(unknown));
        Map<String, Integer> column = new HashMap<>();
        names.forEach(n -> column.put(n, column.size()));
        int n = names.size();
        int[][] pivotCols = new int[n][];
        long[][] pivotVals = new long[n][];
        for (Differencing.Relation r : relations) {
            Map<Integer, Long> row = new java.util.TreeMap<>();
            add(row, column.get(r.total()), 1);
            r.parts().forEach(p -> add(row, column.get(p), P - 1));
            row.values().removeIf(v -> v % P == 0);
            int[] cols = row.keySet().stream().mapToInt(Integer::intValue).toArray();
            long[] vals = row.values().stream().mapToLong(Long::longValue).toArray();
            while (cols.length > 0) {
                int lead = cols[0];
                if (pivotCols[lead] == null) {
                    long inv = inverse(vals[0]);
                    for (int k = 0; k < vals.length; k++) {
                        vals[k] = vals[k] * inv % P;
                    }
                    pivotCols[lead] = cols;
                    pivotVals[lead] = vals;
                    break;
                }
                long f = vals[0];
                Map<Integer, Long> next = new java.util.TreeMap<>();
                for (int k = 0; k < cols.length; k++) {
                    next.merge(cols[k], vals[k], (a, b) -> (a + b) % P);
                }
                for (int k = 0; k < pivotCols[lead].length; k++) {
                    next.merge(pivotCols[lead][k], (P - f * pivotVals[lead][k] % P) % P, (a, b) -> (a + b) % P);
                }
                next.values().removeIf(v -> v % P == 0);
                cols = next.keySet().stream().mapToInt(Integer::intValue).toArray();
                vals = next.values().stream().mapToLong(Long::longValue).toArray();
            }
        }
        long[] x = new long[n];
        Random random = new Random(18);
        for (int c = 0; c < n; c++) {
            x[c] = pivotCols[c] == null ? 1 + random.nextInt((int) (P - 1)) : 0;
        }
        for (int c = n - 1; c >= 0; c--) {
            if (pivotCols[c] != null) {
                long rest = 0;
                for (int k = 1; k < pivotCols[c].length; k++) {
                    rest = (rest + pivotVals[c][k] * x[pivotCols[c][k]]) % P;
                }
                x[c] = (P - rest) % P;
            }
        }
        Set<String> answer = new TreeSet<>();
        for (int c = 0; c < n; c++) {
            if (x[c] == 0) {
                answer.add(names.get(c));
            }
        }
        return answer;
    }

    private static void add(Map<Integer, Long> row, Integer col, long value) {
        if (col != null) {
            row.merge(col, value, (a, b) -> (a + b) % P);
        }
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
