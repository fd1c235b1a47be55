package nl.labspace.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Numbers, money, areas and dates as a reader of the page's language writes them: 121.225 m² and € 325 in Dutch,
 * 121,225 m² and €325 in English. Templates call these (${fmt.m2(unit.labM2)}); units are always shown.
 */
public record Formats(Locale locale) {

    private static final String NBSP = "\u00a0";
    /** The market's clock: moments (a run's start, an audit event) are shown in Dutch time whatever the server's. */
    public static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

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

    /** Money: whole euros without decimals (€ 325), otherwise always two (€ 335,50, never € 335,5). */
    public String euro(Number n) {
        if (n == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        boolean whole = new BigDecimal(n.toString()).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().scale() <= 0;
        f.setMinimumFractionDigits(whole ? 0 : 2);
        f.setMaximumFractionDigits(whole ? 0 : 2);
        return isDutch() ? "€" + NBSP + f.format(n) : "€" + f.format(n);
    }

    public String km(Number n) {
        return n == null ? "" : number(n.doubleValue()) + NBSP + "km";
    }

    /** A month as words: "mei 2027", "May 2027". */
    public String month(LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(d);
    }

    /**
     * A month short, for a range in a line of text: "jun 2027", "Jun 2027" (the locale's abbreviation, without the
     * Dutch abbreviation's full stop). Takes the API's month ("2027-06") as well; anything else is shown as given.
     */
    public String shortMonth(Object month) {
        LocalDate d;
        if (month instanceof LocalDate date) {
            d = date;
        } else if (month instanceof YearMonth ym) {
            d = ym.atDay(1);
        } else if (month instanceof String text && !text.isBlank()) {
            try {
                d = YearMonth.parse(text.length() > 7 ? text.substring(0, 7) : text).atDay(1);
            } catch (DateTimeParseException e) {
                return text;
            }
        } else {
            return "";
        }
        String name = DateTimeFormatter.ofPattern("MMM", locale).format(d);
        return (name.endsWith(".") ? name.substring(0, name.length() - 1) : name) + " " + d.getYear();
    }

    /** A day as words: "3 december 2026", "3 December 2026". */
    public String date(LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(d);
    }

    /** A moment in Dutch time, to the minute: "3 december 2026 19:14", "3 December 2026 19:14". */
    public String dateTime(OffsetDateTime t) {
        return t == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale).format(t.atZoneSameInstant(DUTCH_TIME));
    }

    /** A moment in Dutch time, to the second (the audit log). */
    public String dateTimeSeconds(OffsetDateTime t) {
        return t == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss", locale).format(t.atZoneSameInstant(DUTCH_TIME));
    }

    public boolean isDutch() {
        return locale.getLanguage().equals("nl");
    }
}
