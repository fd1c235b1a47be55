package nl.labspace.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Figure;
import nl.labspace.db.insight.Withheld;
import nl.labspace.db.market.RegionKind;

/**
 * Reads the pages' figures out of one insight cube (never from a second source): a figure across the regions of a
 * level, a region's figure broken down by facet, and which periods and facets the cube holds for a figure.
 */
final class DashboardFigures {

    /** The order a reader expects a dimension's values in; values not listed follow in their natural order. */
    private static final Map<String, List<String>> ORDER = Map.of(
            "containment", List.of("none", "ML-I", "ML-II", "ML-III"),
            "gmp", List.of("none", "D", "C", "B", "A"),
            "size", List.of("under-300", "300-1000", "1000-3000", "over-3000"));
    private static final List<String> DIMENSIONS = List.of("containment", "gmp", "move-in", "delivery", "size", "reason");

    private DashboardFigures() {
    }

    /** The periods the cube holds for a figure: the cube's own month first, then the others from the latest back. */
    static List<String> periods(Cube cube, Figure figure) {
        TreeSet<String> periods = new TreeSet<>(Comparator.reverseOrder());
        cube.keys().stream().filter(k -> k.figure() == figure).forEach(k -> periods.add(k.period()));
        List<String> ordered = new ArrayList<>();
        String month = cube.month().toString();
        if (periods.remove(month) || periods.isEmpty()) {
            ordered.add(month);
        }
        ordered.addAll(periods);
        return ordered;
    }

    /** The facets the cube holds for a figure in a period: "all" first, then by dimension in reading order. */
    static List<String> facets(Cube cube, Figure figure, String period) {
        TreeSet<String> facets = new TreeSet<>(DashboardFigures::compareFacets);
        cube.keys().stream().filter(k -> k.figure() == figure && k.period().equals(period)).forEach(k -> facets.add(k.facet()));
        facets.add(CellKey.ALL);
        return List.copyOf(facets);
    }

    static FigureLayer layer(Cube cube, RegionScope scope, RegionKind level, Figure figure, String facet, String period) {
        List<FigureLayer.Place> places = cube.regions().kinds().entrySet().stream()
                .filter(e -> e.getValue().equals(level.code()) && scope.includes(e.getKey()))
                .map(e -> place(cube, new CellKey(figure, e.getKey(), period, facet)))
                .sorted(Comparator.comparing(FigureLayer.Place::name)).toList();
        return new FigureLayer(level.code(), figure, facet, period, places);
    }

    static FigureLayer.Place place(Cube cube, CellKey key) {
        return new FigureLayer.Place(key.region(), cube.regions().names().getOrDefault(key.region(), key.region()),
                cube.shown(key).orElse(null), cube.withheld(key).map(Withheld::code).orElse(null));
    }

    /** A region's figure in a period along every dimension the cube breaks it down by, in reading order. */
    static List<FigureSlices> breakdown(Cube cube, String region, Figure figure, String period) {
        Map<String, List<FigureSlices.Slice>> byDimension = new LinkedHashMap<>();
        for (String facet : facets(cube, figure, period)) {
            int colon = facet.indexOf(':');
            if (colon > 0) {
                CellKey key = new CellKey(figure, region, period, facet);
                byDimension.computeIfAbsent(facet.substring(0, colon), d -> new ArrayList<>()).add(new FigureSlices.Slice(
                        facet.substring(colon + 1), cube.shown(key).orElse(null), cube.withheld(key).map(Withheld::code).orElse(null)));
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
            return Integer.compare(rank(DIMENSIONS, da), rank(DIMENSIONS, db)) != 0
                    ? Integer.compare(rank(DIMENSIONS, da), rank(DIMENSIONS, db)) : da.compareTo(db);
        }
        List<String> order = ORDER.getOrDefault(da, List.of());
        String va = value(a);
        String vb = value(b);
        int byOrder = Integer.compare(rank(order, va), rank(order, vb));
        return byOrder != 0 ? byOrder : va.compareTo(vb);
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
