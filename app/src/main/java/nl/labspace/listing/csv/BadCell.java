package nl.labspace.listing.csv;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One problem of an imported file: the physical line its record starts on (the header is line 1), the column
 * (null for a problem of the whole line or file), the value as written and the rule in words. name repeats line
 * and column in the shape of a problem's invalid-params, so clients that only show name and reason still work.
 */
@Serdeable
record BadCell(String name, int line, @Nullable String column, @Nullable String value, String reason) {

    static BadCell at(int line, CsvColumn column, String value, String reason) {
        return new BadCell("line %d: %s".formatted(line, column.header), line, column.header, value, reason);
    }

    static BadCell ofLine(int line, @Nullable String value, String reason) {
        return new BadCell("line " + line, line, null, value, reason);
    }
}
