package nl.labspace.listing.stats;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;

import io.micronaut.core.annotation.Nullable;
import nl.labspace.web.BadInput;
import nl.labspace.web.Reason;

/** The months statistics are asked for, first to last inclusive; at most MAX_MONTHS. */
public record MonthSpan(YearMonth first, YearMonth last) {

    static final int MAX_MONTHS = 120;
    static final int DEFAULT_MONTHS = 12;

    public MonthSpan {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("months %s..%s end before they start".formatted(first, last));
        }
    }

    /**
     * From the query's texts (YYYY-MM, each optional): without "to" up to this month, without "from" the 12 months
     * up to "to". A text that is no month, "from" after "to" or a span over MAX_MONTHS answers 400 naming the field.
     */
    static MonthSpan parse(@Nullable String from, @Nullable String to, YearMonth thisMonth) {
        YearMonth last = to == null ? thisMonth : month("to", to);
        YearMonth first = from == null ? last.minusMonths(DEFAULT_MONTHS - 1) : month("from", from);
        if (first.isAfter(last)) {
            throw new BadInput("from", from, Reason.NOT_AFTER, "to", last);
        }
        if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
            throw new BadInput("from", from, Reason.AT_LEAST, last.minusMonths(MAX_MONTHS - 1));
        }
        return new MonthSpan(first, last);
    }

    List<YearMonth> months() {
        return Stream.iterate(first, m -> !m.isAfter(last), m -> m.plusMonths(1)).toList();
    }

    LocalDate firstDay() {
        return first.atDay(1);
    }

    LocalDate endExclusive() {
        return last.plusMonths(1).atDay(1);
    }

    private static YearMonth month(String field, String text) {
        try {
            if (text.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(text);
            }
        } catch (DateTimeParseException e) {
            // answered below, as any other text that is no month
        }
        throw new BadInput(field, text, Reason.MONTH);
    }
}
