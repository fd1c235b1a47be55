package nl.labspace.insight;

import java.util.List;

import io.micronaut.core.annotation.Nullable;

/**
 * One figure of one region broken down along one dimension of its facets ("containment", "gmp", "move-in", "size",
 * "reason"...): a chart and the table under it.
 */
record FigureSlices(String dimension, List<Slice> slices) {

    FigureSlices {
        slices = List.copyOf(slices);
    }

    /** value is null when withheld (then withheld says why). */
    record Slice(String value, @Nullable Long figure, @Nullable String withheld) {
    }
}
