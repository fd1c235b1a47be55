package nl.labspace.insight;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Figure;
import nl.labspace.db.insight.RegionTree;

/**
 * The public market page's table (issue 18 point 9): the headline figures of this month for the country and each
 * province, from the rows anyone may read. Its download is GET /api/insight/figures.csv, which gives anyone the same
 * rows with every facet and period.
 */
final class MarketFigures {

    /** The columns of the page, in reading order. */
    static final List<Figure> COLUMNS = List.of(Figure.SUPPLY_LAB_M2, Figure.PIPELINE_LAB_M2, Figure.DEMAND_NEEDS,
            Figure.DEMAND_LAB_M2, Figure.UNMET_M2, Figure.LOST_M2);

    record Row(String code, String name, List<FigureLayer.Place> cells) {
    }

    /** The country first, then the provinces by name. */
    record Table(Row national, List<Row> provinces) {
    }

    private MarketFigures() {
    }

    static Table of(RegionTree tree, List<FigureRow> rows) {
        Map<String, Map<String, FigureRow>> byRegion = new LinkedHashMap<>();
        for (FigureRow r : rows) {
            if (CellKey.ALL.equals(r.facet())) {
                byRegion.computeIfAbsent(r.region(), x -> new LinkedHashMap<>()).put(r.figure(), r);
            }
        }
        List<Row> provinces = tree.kinds().entrySet().stream().filter(e -> Levels.PROVINCE.equals(e.getValue()))
                .map(e -> row(e.getKey(), InsightFigures.name(tree, e.getKey()), byRegion))
                .sorted(Comparator.comparing(Row::name)).toList();
        return new Table(row(CellKey.COUNTRY, InsightFigures.name(tree, CellKey.COUNTRY), byRegion), provinces);
    }

    private static Row row(String code, String name, Map<String, Map<String, FigureRow>> byRegion) {
        Map<String, FigureRow> figures = byRegion.getOrDefault(code, Map.of());
        return new Row(code, name, COLUMNS.stream().map(f -> DashboardFigures.place(code, name, figures.get(f.code()))).toList());
    }
}
