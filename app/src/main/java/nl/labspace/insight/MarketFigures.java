package nl.labspace.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Figure;
import nl.labspace.db.insight.Withheld;
import nl.labspace.db.market.RegionKind;

/**
 * The public market figures (issue 18 point 9): the country and its provinces, as the cube shows them to anyone.
 * The page's table holds the headline figures of this month; the CSV every cell of the country and the provinces,
 * every facet and period, as tidy rows.
 */
final class MarketFigures {

    /** The columns of the page, in reading order. */
    static final List<Figure> COLUMNS = List.of(Figure.SUPPLY_LAB_M2, Figure.PIPELINE_LAB_M2, Figure.DEMAND_NEEDS,
            Figure.DEMAND_LAB_M2, Figure.UNMET_M2, Figure.LOST_M2);

    record Row(String code, String name, List<FigureLayer.Place> cells) {
    }

    /** One tidy row of the CSV. */
    record Tidy(String level, String region, String regionName, String period, Figure figure, String facet,
                @Nullable Long value, @Nullable String withheld) {
    }

    private MarketFigures() {
    }

    static Row national(Cube cube) {
        return row(cube, CellKey.COUNTRY);
    }

    static List<Row> provinces(Cube cube) {
        return provinceCodes(cube).stream().map(code -> row(cube, code))
                .sorted(Comparator.comparing(Row::name)).toList();
    }

    static List<Tidy> tidy(Cube cube) {
        RegionScope scope = RegionScope.publicFigures(cube.regions());
        List<String> order = new ArrayList<>(List.of(CellKey.COUNTRY));
        order.addAll(provinceCodes(cube));
        return cube.keys().stream().filter(k -> scope.includes(k.region()) && k.figure() != Figure.FLOW_M2)
                .sorted(Comparator.comparing((CellKey k) -> order.indexOf(k.region())).thenComparing(k -> k.figure().ordinal())
                        .thenComparing(CellKey::period).thenComparing(CellKey::facet))
                .map(k -> new Tidy(cube.regions().kind(k.region()).orElse(""), k.region(),
                        cube.regions().names().getOrDefault(k.region(), k.region()), k.period(), k.figure(), k.facet(),
                        cube.shown(k).orElse(null), cube.withheld(k).map(Withheld::code).orElse(null)))
                .toList();
    }

    private static List<String> provinceCodes(Cube cube) {
        return cube.regions().kinds().entrySet().stream().filter(e -> e.getValue().equals(RegionKind.PROVINCE.code()))
                .map(java.util.Map.Entry::getKey).toList();
    }

    private static Row row(Cube cube, String code) {
        String period = cube.month().toString();
        return new Row(code, cube.regions().names().getOrDefault(code, code), COLUMNS.stream()
                .map(f -> DashboardFigures.place(cube, new CellKey(f, code, period, CellKey.ALL))).toList());
    }
}
