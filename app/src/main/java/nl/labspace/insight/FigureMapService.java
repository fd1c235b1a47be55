package nl.labspace.insight;

import java.util.Arrays;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.insight.Figure;

/**
 * Figures across the regions of a level, for the dashboard's map and table and for the GeoJSON export (one rule,
 * two doors): read from one cube, for the regions the reader may see.
 */
@Singleton
class FigureMapService {

    private final InsightCube cubes;

    FigureMapService(InsightCube cubes) {
        this.cubes = cubes;
    }

    /** The layers of a query: its figure, or every figure but the flows (their facets are destinations). */
    List<FigureLayer> layers(@Nullable Viewer viewer, FigureQuery query) {
        Cube cube = cubes.now();
        RegionScope scope = viewer == null ? RegionScope.publicFigures(cube.regions()) : RegionScope.of(viewer, cube.regions());
        String period = query.period().orElse(cube.month().toString());
        List<Figure> figures = query.figure().map(List::of)
                .orElse(Arrays.stream(Figure.values()).filter(f -> f != Figure.FLOW_M2).toList());
        return figures.stream().map(f -> DashboardFigures.layer(cube, scope, query.level(), f, query.facet(), period)).toList();
    }

    Cube cube() {
        return cubes.now();
    }
}
