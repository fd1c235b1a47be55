package nl.labspace.insight;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import nl.labspace.db.insight.Figure;

/**
 * One figure and facet in one period across the regions of one level, as the dashboard's map, its table and the
 * GeoJSON export show it. A place without a value is withheld (with why) or has no cell at all (both null).
 */
record FigureLayer(String level, Figure figure, String facet, String period, List<Place> places) {

    FigureLayer {
        places = List.copyOf(places);
    }

    record Place(String code, String name, @Nullable Long value, @Nullable String withheld) {
    }

    List<Long> shownValues() {
        return places.stream().map(Place::value).filter(v -> v != null).toList();
    }
}
