package nl.labspace.insight;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.micronaut.core.annotation.Nullable;

/**
 * The classes of a choropleth: up to five equal steps from the smallest to the largest shown value, with bounds
 * rounded to two significant figures so that a legend reads "1.200 – 2.400 m²". The page draws each class in one
 * colour of a sequential palette and labels it in the legend; the same class marks the row of the table.
 */
public record ChoroplethBands(List<Band> bands) {

    static final int MAX = 5;

    public ChoroplethBands {
        bands = List.copyOf(bands);
    }

    /** Values from (inclusive) up to and including upTo. */
    public record Band(int index, long from, long upTo) {
    }

    static ChoroplethBands of(List<Long> values) {
        if (values.isEmpty()) {
            return new ChoroplethBands(List.of());
        }
        long min = values.stream().mapToLong(Long::longValue).min().orElseThrow();
        long max = values.stream().mapToLong(Long::longValue).max().orElseThrow();
        List<Long> cuts = new ArrayList<>();
        for (int i = 1; i < MAX; i++) {
            long cut = round(min + (max - min) * i / (double) MAX);
            if (cut > min && cut <= max && (cuts.isEmpty() || cut > cuts.get(cuts.size() - 1))) {
                cuts.add(cut);
            }
        }
        List<Band> bands = new ArrayList<>();
        long from = min;
        for (long cut : cuts) {
            bands.add(new Band(bands.size(), from, cut - 1));
            from = cut;
        }
        bands.add(new Band(bands.size(), from, max));
        return new ChoroplethBands(bands);
    }

    /** The class a value falls in, or null for no value. */
    @Nullable
    public Integer bandOf(@Nullable Long value) {
        if (value == null) {
            return null;
        }
        return bands.stream().filter(b -> value <= b.upTo()).findFirst().orElse(bands.get(bands.size() - 1)).index();
    }

    private static long round(double value) {
        if (value < 10) {
            return Math.round(value);
        }
        return new BigDecimal(value).round(new MathContext(2, RoundingMode.HALF_UP)).longValue();
    }
}
