package nl.labspace.listing.csv;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.labspace.web.Checks;
import nl.labspace.web.Reason;
import nl.labspace.web.Refusal;

/**
 * The cells of one data row, read by column. A cell that cannot be read (a word where a number belongs) is
 * reported here once, and remembered so the unit rules do not report the same cell again as missing.
 */
final class RowCells {

    private final CsvRecords.Record record;
    private final Map<CsvColumn, Integer> columns;
    private final List<BadCell> problems;
    private final Set<CsvColumn> reported = EnumSet.noneOf(CsvColumn.class);

    RowCells(CsvRecords.Record record, Map<CsvColumn, Integer> columns, List<BadCell> problems) {
        this.record = record;
        this.columns = columns;
        this.problems = problems;
    }

    int line() {
        return record.line();
    }

    /** The trimmed cell, or null when it is empty or its column is absent. */
    String text(CsvColumn column) {
        Integer index = columns.get(column);
        String raw = index == null ? null : record.fields().get(index);
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    /** The cell as written, for the name (UnitForm trims it and measures its length). */
    String raw(CsvColumn column) {
        Integer index = columns.get(column);
        return index == null ? null : record.fields().get(index);
    }

    Integer integer(CsvColumn column) {
        String value = text(column);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            fail(column, value, Refusal.of(Reason.WHOLE));
            return null;
        }
    }

    BigDecimal rent(CsvColumn column) {
        String typed = text(column);
        // a ';'-separated sheet writes 325,50
        String value = typed != null && record.decimalComma() && typed.matches("[0-9]+,[0-9]{1,2}") ? typed.replace(',', '.') : typed;
        try {
            // plain decimals only: 1e3 is a spreadsheet's rendering, not what the sheet's cell says
            if (value != null && !value.matches("[+-]?[0-9]*\\.?[0-9]+|[+-]?[0-9]+\\.")) {
                throw new NumberFormatException(value);
            }
            BigDecimal rent = value == null ? null : new BigDecimal(value);
            if (rent != null && rent.stripTrailingZeros().scale() > 2) {
                fail(column, value, Refusal.of(Reason.CENTS));
                return null;
            }
            if (rent != null && rent.compareTo(Checks.RENT_LIMIT) >= 0) {
                fail(column, value, Refusal.of(Reason.BELOW, Checks.RENT_LIMIT.toPlainString()));
                return null;
            }
            return rent;
        } catch (NumberFormatException e) {
            fail(column, value, Refusal.of(Reason.EUROS, "325.50"));
            return null;
        }
    }

    List<String> features(CsvColumn column) {
        String value = text(column);
        return value == null ? null : Arrays.stream(value.split(CsvColumn.FEATURE_SEPARATOR))
                .map(String::trim).filter(f -> !f.isEmpty()).toList();
    }

    UUID id(CsvColumn column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 36) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // reported below, like any other text that is not an id
        }
        fail(column, value, Refusal.of(Reason.CSV_ID));
        return null;
    }

    /** A cell that could not be read: the unit rules will not judge it again. */
    void fail(CsvColumn column, String value, Refusal reason) {
        reported.add(column);
        report(column, value, reason);
    }

    /** A cell that was read but breaks a unit rule. */
    void report(CsvColumn column, String value, Refusal reason) {
        problems.add(BadCell.at(line(), column, value, reason));
    }

    boolean reported(CsvColumn column) {
        return reported.contains(column);
    }
}
