package nl.labspace.web;

import java.time.LocalDate;
import java.time.YearMonth;

/** Months travel as "YYYY-MM" (as in the matching exchange format) and are stored as their first day. */
public final class Months {

    private Months() {
    }

    public static String format(LocalDate firstDay) {
        return firstDay == null ? null : YearMonth.from(firstDay).toString();
    }
}
