package nl.labspace.insight;

import java.util.List;
import java.util.function.ToLongFunction;

import nl.labspace.db.insight.Figure;
import nl.labspace.db.insight.Tally;

/**
 * How a source's tallies become one figure: which number of a tally it takes, and which facet dimensions it is broken
 * down by ("all" always).
 */
record FigureOf(Figure figure, ToLongFunction<Tally> value, List<String> dimensions) {

    FigureOf {
        dimensions = List.copyOf(dimensions);
    }

    static FigureOf of(Figure figure, ToLongFunction<Tally> value, String... dimensions) {
        return new FigureOf(figure, value, List.of(dimensions));
    }
}
