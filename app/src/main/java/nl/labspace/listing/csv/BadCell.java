package nl.labspace.listing.csv;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.labspace.web.Reason;
import nl.labspace.web.Refusal;

/**
 * One problem of an imported file: the physical line its record starts on (the header is line 1), the column
 * (null for a problem of the whole line or file), the value as written, the rule in words and as a code with its
 * values (which the import page words in its language). name repeats line and column in the shape of a problem's
 * invalid-params, so clients that only show name and reason still work.
 */
@Serdeable
record BadCell(String name, int line, @Nullable String column, @Nullable String value, String reason, Reason code,
               List<String> values) {

    static BadCell at(int line, CsvColumn column, String value, Refusal why) {
        return new BadCell("line %d: %s".formatted(line, column.header), line, column.header, value, why.english(), why.code(),
                why.values());
    }

    static BadCell ofLine(int line, @Nullable String value, Refusal why) {
        return new BadCell("line " + line, line, null, value, why.english(), why.code(), why.values());
    }
}
