package nl.labspace.insight;

import java.util.Arrays;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.insight.Figure;

/**
 * Figures across the regions of a level, for the dashboard's map and table and for the GeoJSON export (one rule,
 * two doors), from the rows InsightFigures lets the reader read.
 */
@Singleton
class FigureMapService {

    /** The rows of one figure a reader may read, with the cube they come from. */
    record FigureRows(Cube cube, Figure figure, List<FigureRow> rows) {
    }

    private final InsightFigures figures;

    FigureMapService(InsightFigures figures) {
        this.figures = figures;
    }

    FigureRows rows(@Nullable Viewer viewer, Figure figure) {
        Cube cube = figures.cube();
        return new FigureRows(cube, figure, figures.rows(viewer, new FigureFilter(null, figure, null, null)));
    }

    /** The layers of a query: its figure, or every figure but the flows (their facets are destinations). */
    List<FigureLayer> layers(@Nullable Viewer viewer, FigureQuery query) {
        Cube cube = figures.cube();
        String period = query.period().orElse(cube.month().toString());
        List<FigureRow> rows = figures.rows(viewer, new FigureFilter(query.level().code(), query.figure().orElse(null), null, period));
        List<Figure> chosen = query.figure().map(List::of)
                .orElse(Arrays.stream(Figure.values()).filter(f -> f != Figure.FLOW_M2).toList());
        return chosen.stream()
                .map(f -> DashboardFigures.layer(cube.regions(), viewer, query.level().code(), f, query.facet(), period, rows))
                .toList();
    }

    Cube cube() {
        return figures.cube();
    }

    /** The public page's rows of one period (the country and its provinces). */
    List<FigureRow> publicRows(String period) {
        return figures.publicRows(new FigureFilter(null, null, null, period));
    }
}
