package nl.labspace.db.insight;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A reader of a suppressed table who knows every shown value and every Sum, written apart from Suppression: what it
 * can recover by one subtraction, and (for small tables) what any combination of the Sums determines exactly.
 */
final class Attacker {

    private final Map<String, Cell> cells;
    private final List<Sum> sums;
    private final Map<String, Withheld> withheld;

    Attacker(Table table, Map<String, Withheld> withheld) {
        this.cells = table.cells;
        this.sums = table.sums;
        this.withheld = withheld;
    }

    /**
     * Leaks of one subtraction along one Sum: a withheld cell whose true value equals what the subtraction gives,
     * or a sum of withheld parts that comes from fewer than three companies.
     */
    List<String> subtractionLeaks() {
        List<String> leaks = new ArrayList<>();
        for (Sum sum : sums) {
            List<Cell> hiddenParts = sum.parts().stream().filter(this::hidden).map(cells::get).toList();
            long shownParts = sum.parts().stream().filter(p -> !hidden(p)).mapToLong(this::value).sum();
            if (hidden(sum.total())) {
                if (value(sum.total()) == shownParts) {
                    leaks.add("%s = sum of its shown parts".formatted(sum.total()));
                }
            } else if (!hiddenParts.isEmpty()) {
                long difference = value(sum.total()) - shownParts;
                hiddenParts.stream().filter(p -> p.value() == difference)
                        .forEach(p -> leaks.add("%s = %s minus its shown parts".formatted(p.id(), sum.total())));
                if (difference != 0 && companies(hiddenParts) < Disclosure.MIN_COMPANIES) {
                    leaks.add("%s minus its shown parts comes from %d companies"
                            .formatted(sum.total(), companies(hiddenParts)));
                }
            }
        }
        return leaks;
    }

    /** The withheld cells that some linear combination of the Sums determines exactly (Gaussian elimination). */
    Set<String> determined() {
        List<String> unknowns = withheld.keySet().stream().sorted().toList();
        List<double[]> rows = new ArrayList<>();
        for (Sum sum : sums) {
            double[] row = new double[unknowns.size()];
            add(row, unknowns, sum.total(), 1);
            sum.parts().forEach(p -> add(row, unknowns, p, -1));
            rows.add(row);
        }
        List<double[]> basis = echelon(rows);
        Set<String> answer = new HashSet<>();
        for (int i = 0; i < unknowns.size(); i++) {
            double[] unit = new double[unknowns.size()];
            unit[i] = 1;
            if (isZero(reduce(unit, basis))) {
                answer.add(unknowns.get(i));
            }
        }
        return answer;
    }

    private boolean hidden(String id) {
        return withheld.containsKey(id);
    }

    private long value(String id) {
        Cell cell = cells.get(id);
        return cell == null ? 0 : cell.value();
    }

    private static int companies(List<Cell> hidden) {
        Set<UUID> ids = new HashSet<>();
        for (Cell cell : hidden) {
            if (cell.value() == 0) {
                continue;
            }
            if (cell.companies() >= Disclosure.MIN_COMPANIES) {
                return cell.companies();
            }
            ids.addAll(cell.few());
        }
        return ids.size();
    }

    private static void add(double[] row, List<String> unknowns, String id, int sign) {
        int i = unknowns.indexOf(id);
        if (i >= 0) {
            row[i] += sign;
        }
    }

    private static List<double[]> echelon(List<double[]> rows) {
        List<double[]> basis = new ArrayList<>();
        for (double[] row : rows) {
            double[] rest = reduce(row.clone(), basis);
            if (!isZero(rest)) {
                basis.add(rest);
            }
        }
        return basis;
    }

    /** Subtracts the basis rows (each with a distinct leading column) until none of their leads remain. */
    private static double[] reduce(double[] row, List<double[]> basis) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (double[] b : basis) {
                int lead = lead(b);
                if (Math.abs(row[lead]) > 1e-9) {
                    double f = row[lead] / b[lead];
                    for (int k = 0; k < row.length; k++) {
                        row[k] -= f * b[k];
                    }
                    changed = true;
                }
            }
        }
        return row;
    }

    private static int lead(double[] row) {
        for (int k = 0; k < row.length; k++) {
            if (Math.abs(row[k]) > 1e-9) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isZero(double[] row) {
        return lead(row) < 0;
    }
}
