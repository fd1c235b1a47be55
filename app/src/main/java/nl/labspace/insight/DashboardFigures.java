package nl.labspace.insight;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.micronaut.core.annotation.Nullable;
import nl.labspace.account.Viewer;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Figure;
import nl.labspace.db.insight.RegionTree;

/**
 * Arranges the figure rows a reader may read (InsightFigures: one door for every figure) as the pages show them: a
 * figure across the regions of a level, a region's figure broken down by facet, and which periods and facets exist.
 */
final class DashboardFigures {

    /** The order a reader expects a dimension's values in; values not listed follow in their natural order. */
    private static final Map<String, List<String>> ORDER = Map.of(
            "containment", List.of("none", "ML-I", "ML-II", "ML-III"),
            "gmp", List.of("none", "D", "C", "B", "A"),
            "size", List.of("under-300", "300-1000", "1000-3000", "over-3000"));
    private static final List<String> DIMENSIONS = List.of("containment", "gmp", "move-in", "delivery", "due", "size", "reason");

    private DashboardFigures() {
    }

    /** The periods of the rows: the cube's own month first, then the others from the latest back. */
    static List<String> periods(List<FigureRow> rows, YearMonth month) {
        TreeSet<String> periods = new TreeSet<>(Comparator.reverseOrder());
        rows.forEach(r -> periods.add(r.period()));
        List<String> ordered = new ArrayList<>();
        if (periods.remove(month.toString()) || periods.isEmpty()) {
            ordered.add(month.toString());
        }
        ordered.addAll(periods);
        return ordered;
    }

    /** The facets of the rows in a period: "all" first, then by dimension in reading order. */
    static List<String> facets(List<FigureRow> rows, String period) {
        TreeSet<String> facets = new TreeSet<>(DashboardFigures::compareFacets);
        rows.stream().filter(r -> r.period().equals(period)).forEach(r -> facets.add(r.facet()));
        facets.add(CellKey.ALL);
        return List.copyOf(facets);
    }

    /** Every region of the level the reader may read, with its row of the figure (none: both null), by name. */
    static FigureLayer layer(RegionTree tree, @Nullable Viewer viewer, String level, Figure figure, String facet, String period,
                             List<FigureRow> rows) {
        RegionScope scope = new RegionScope(tree);
        Map<String, FigureRow> byRegion = new LinkedHashMap<>();
        rows.stream().filter(r -> r.facet().equals(facet) && r.period().equals(period) && r.figure().equals(figure.code()))
                .forEach(r -> byRegion.put(r.region(), r));
        List<FigureLayer.Place> places = tree.kinds().entrySet().stream()
                .filter(e -> e.getValue().equals(level) && scope.reads(viewer, e.getKey()))
                .map(e -> place(e.getKey(), InsightFigures.name(tree, e.getKey()), byRegion.get(e.getKey())))
                .sorted(Comparator.comparing(FigureLayer.Place::name)).toList();
        return new FigureLayer(level, figure, facet, period, places);
    }

    static FigureLayer.Place place(String code, String name, @Nullable FigureRow row) {
        return new FigureLayer.Place(code, name, row == null ? null : row.value(), row == null ? null : row.withheld());
    }

    /** A region's figure in a period along every dimension its rows break it down by, in reading order. */
    static List<FigureSlices> breakdown(List<FigureRow> rows, String region, String period) {
        List<FigureRow> mine = rows.stream().filter(r -> r.region().equals(region) && r.period().equals(period)).toList();
        Map<String, FigureRow> byFacet = new LinkedHashMap<>();
        mine.forEach(r -> byFacet.put(r.facet(), r));
        Map<String, List<FigureSlices.Slice>> byDimension = new LinkedHashMap<>();
        for (String facet : facets(mine, period)) {
            int colon = facet.indexOf(':');
            if (colon > 0) {
                FigureRow r = byFacet.get(facet);
                byDimension.computeIfAbsent(facet.substring(0, colon), d -> new ArrayList<>())
                        .add(new FigureSlices.Slice(facet.substring(colon + 1), r.value(), r.withheld()));
            }
        }
        return byDimension.entrySet().stream().map(e -> new FigureSlices(e.getKey(), e.getValue())).toList();
    }

    private static int compareFacets(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (a.equals(CellKey.ALL) || b.equals(CellKey.ALL)) {
            return a.equals(CellKey.ALL) ? -1 : 1;
        }
        String da = dimension(a);
        String db = dimension(b);
        if (!da.equals(db)) {
            int byRank = Integer.compare(rank(DIMENSIONS, da), rank(DIMENSIONS, db));
            return byRank != 0 ? byRank : da.compareTo(db);
        }
        List<String> order = ORDER.getOrDefault(da, List.of());
        int byOrder = Integer.compare(rank(order, value(a)), rank(order, value(b)));
        return byOrder != 0 ? byOrder : value(a).compareTo(value(b));
    }

    private static String dimension(String facet) {
        int colon = facet.indexOf(':');
        return colon < 0 ? facet : facet.substring(0, colon);
    }

    private static String value(String facet) {
        int colon = facet.indexOf(':');
        return colon < 0 ? "" : facet.substring(colon + 1);
    }

    private static int rank(List<String> order, String value) {
        int i = order.indexOf(value);
        return i < 0 ? order.size() : i;
    }
}
