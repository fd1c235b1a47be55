package nl.labspace.db.insight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times Suppression on synthetic national-scale cubes (not a test: run by hand, figures go to BENCHMARKS.md):
 * java -cp db/target/classes:db/target/test-classes nl.labspace.db.insight.SuppressionBenchmark [facets] [quarters]
 */
public final class SuppressionBenchmark {

    private SuppressionBenchmark() {
    }

    public static void main(String[] args) {
        int facets = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int quarters = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Table t = RandomCube.of(new Random(18), 12, facets, quarters);
        for (int warm = 0; warm < 5; warm++) {
            Suppression.apply(t.cells.values(), t.sums);
        }
        List<Long> millis = new ArrayList<>();
        Map<String, Withheld> withheld = Map.of();
        for (int run = 0; run < 20; run++) {
            long start = System.nanoTime();
            withheld = Suppression.apply(t.cells.values(), t.sums);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(millis);
        long primary = withheld.values().stream().filter(w -> w == Withheld.FEW_COMPANIES).count();
        System.out.printf("cells %d, sums %d, withheld %d (primary %d, complementary %d): median %d ms, max %d ms%n",
                t.cells.size(), t.sums.size(), withheld.size(), primary, withheld.size() - primary,
                millis.get(millis.size() / 2), millis.get(millis.size() - 1));
    }
}
