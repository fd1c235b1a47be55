package nl.labspace.insight;

import io.micronaut.core.annotation.Nullable;
import nl.labspace.db.insight.Figure;
import nl.labspace.page.Formats;

/**
 * A figure's value as the page's reader writes it: m² with the unit, counts plain, shares as percentages and the lab :
 * office ratio as a decimal (the cube keeps ratios in thousandths).
 */
public final class FigureText {

    static final FigureText INSTANCE = new FigureText();

    private FigureText() {
    }

    public String of(Formats fmt, Figure figure, @Nullable Long value) {
        if (value == null) {
            return "";
        }
        return switch (figure.measure()) {
            case M2 -> fmt.m2(value);
            case COUNT -> fmt.number(value);
            case RATIO -> figure == Figure.LAB_OFFICE_RATIO ? fmt.number(value / 1000.0)
                    : fmt.number(value / 10.0) + (fmt.isDutch() ? "\u00a0%" : "%");
        };
    }

    /** The value as a plain number for a chart: m² and counts as they are, ratios as decimals or percentages. */
    public String plain(Figure figure, @Nullable Long value) {
        if (value == null) {
            return "";
        }
        if (figure.measure() != Figure.Measure.RATIO) {
            return Long.toString(value);
        }
        return figure == Figure.LAB_OFFICE_RATIO ? Double.toString(value / 1000.0) : Double.toString(value / 10.0);
    }

    /** A period as words: "dec 2026" for a month, "K4 2026" / "Q4 2026" for a quarter. */
    public String period(Formats fmt, String period) {
        if (period.matches("\\d{4}-Q[1-4]")) {
            return (fmt.isDutch() ? "K" : "Q") + period.substring(6) + " " + period.substring(0, 4);
        }
        return fmt.shortMonth(period);
    }
}
