package nl.labspace.insight;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Facets;
import nl.labspace.db.insight.Tally;

/**
 * Turns tallies into cells and declares every additive relation among them: each region is the sum of each of its
 * partitions (RegionTree), "all" is the sum of each breakdown, and a quarter is the sum of its months. Every region,
 * period and facet value gets a cell, zero when nothing is there, so that each relation lists all its parts.
 */
final class TallyCells {

    private final CubeBuilder cube;
    private final Map<String, Tally> byId = new HashMap<>();
    private final Set<String> periods;
    private final Map<String, List<String>> monthsOfQuarters = new HashMap<>();
    private final Collection<Tally> tallies;

    /** Monthly tallies (lost, leased) carry their own months and quarters; stock tallies describe the cube's month. */
    private TallyCells(CubeBuilder cube, List<Tally> tallies, boolean monthly) {
        this.cube = cube;
        this.tallies = tallies;
        tallies.forEach(t -> byId.put(t.region() + "|" + t.period() + "|" + t.facet(), t));
        this.periods = monthly ? monthsAndQuarters(tallies, cube.month()) : Set.of(cube.month().toString());
        for (String quarter : periods) {
            if (quarter.contains("Q")) {
                monthsOfQuarters.put(quarter, periods.stream().filter(m -> isMonthOf(m, quarter)).toList());
            }
        }
    }

    static void add(CubeBuilder cube, List<Tally> tallies, boolean monthly, FigureOf... figures) {
        TallyCells cells = new TallyCells(cube, tallies, monthly);
        for (FigureOf figure : figures) {
            cells.add(figure);
        }
    }

    private void add(FigureOf f) {
        Set<String> facets = facets(f.dimensions());
        Set<String> regions = cube.regions().codes();
        for (String region : regions) {
            for (String period : periods) {
                for (String facet : facets) {
                    cell(f, new CellKey(f.figure(), region, period, facet));
                }
            }
        }
        for (String period : periods) {
            for (String facet : facets) {
                CellKey any = new CellKey(f.figure(), CellKey.COUNTRY, period, facet);
                cube.regions().partitions().forEach(p -> cube.sum(any.withRegion(p.whole()),
                        p.parts().stream().map(any::withRegion).toList()));
            }
        }
        for (String region : regions) {
            for (String period : periods) {
                breakdowns(f, CellKey.of(f.figure(), region, period), facets);
            }
            quarters(f, region, facets);
        }
    }

    private void cell(FigureOf f, CellKey key) {
        Tally t = byId.get(key.region() + "|" + key.period() + "|" + key.facet());
        long value = t == null ? 0 : f.value().applyAsLong(t);
        if (f.figure().isPublic()) {
            cube.addPublic(key, value);
        } else {
            cube.add(key, value, t == null ? 0 : t.companies(), t == null ? Set.of() : t.few());
        }
    }

    /** "all" = Σ the values of each dimension that splits it (a subset such as due:within-18m splits nothing). */
    private void breakdowns(FigureOf f, CellKey all, Set<String> facets) {
        for (String dimension : f.dimensions()) {
            if (!Facets.DUE.equals(dimension)) {
                List<CellKey> parts = facets.stream().filter(x -> Facets.dimension(x).equals(dimension))
                        .map(x -> new CellKey(all.figure(), all.region(), all.period(), x)).toList();
                cube.sum(all, parts);
            }
        }
    }

    private void quarters(FigureOf f, String region, Set<String> facets) {
        monthsOfQuarters.forEach((quarter, months) -> {
            for (String facet : facets) {
                cube.sum(new CellKey(f.figure(), region, quarter, facet),
                        months.stream().map(m -> new CellKey(f.figure(), region, m, facet)).toList());
            }
        });
    }

    /** "all", every value of the dimensions with a fixed vocabulary, and every value seen of the others. */
    private Set<String> facets(List<String> dimensions) {
        Set<String> facets = new LinkedHashSet<>();
        facets.add(CellKey.ALL);
        for (String dimension : dimensions) {
            Facets.FIXED.getOrDefault(dimension, List.of()).forEach(v -> facets.add(Facets.of(dimension, v)));
            tallies.stream().map(Tally::facet).filter(x -> Facets.dimension(x).equals(dimension))
                    .sorted().forEach(facets::add);
        }
        return facets;
    }

    /** The periods seen, and every month of a quarter seen up to the cube's month, so a quarter lists all its months. */
    private static Set<String> monthsAndQuarters(List<Tally> tallies, YearMonth now) {
        Set<String> periods = new TreeSet<>();
        for (Tally t : tallies) {
            periods.add(t.period());
            if (t.period().contains("Q")) {
                int year = Integer.parseInt(t.period().substring(0, 4));
                int quarter = t.period().charAt(6) - '0';
                for (int m = 3 * quarter - 2; m <= 3 * quarter; m++) {
                    YearMonth month = YearMonth.of(year, m);
                    if (!month.isAfter(now)) {
                        periods.add(month.toString());
                    }
                }
            }
        }
        return periods;
    }

    private static boolean isMonthOf(String month, String quarter) {
        if (month.contains("Q") || !month.startsWith(quarter.substring(0, 4))) {
            return false;
        }
        int m = Integer.parseInt(month.substring(5));
        return (m + 2) / 3 == quarter.charAt(6) - '0';
    }
}
