package nl.labspace.page;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, money, areas and dates as a reader of the page's language writes them: 121.225 m² and € 325 in Dutch,
 * 121,225 m² and €325 in English. Templates call these (${fmt.m2(unit.labM2)}); units are always shown.
 */
public record Formats(Locale locale) {

    private static final String NBSP = "\u00a0";

    public String number(Number n) {
        if (n == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(n instanceof BigDecimal || n instanceof Double ? 1 : 0);
        return f.format(n);
    }

    public String m2(Number n) {
        return n == null ? "" : number(n) + NBSP + "m²";
    }

    public String euro(Number n) {
        if (n == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        return isDutch() ? "€" + NBSP + f.format(n) : "€" + f.format(n);
    }

    public String km(Number n) {
        return n == null ? "" : number(n.doubleValue()) + NBSP + "km";
    }

    /** A month as words: "mei 2027", "May 2027". */
    public String month(LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(d);
    }

    /** A day as words: "3 december 2026", "3 December 2026". */
    public String date(LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(d);
    }

    public boolean isDutch() {
        return locale.getLanguage().equals("nl");
    }
}
