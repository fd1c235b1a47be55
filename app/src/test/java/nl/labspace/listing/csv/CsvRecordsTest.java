package nl.labspace.listing.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Physical line numbers are what a manager looks up in the spreadsheet, so they are pinned here without a server. */
class CsvRecordsTest {

    @Test
    void eachRecordKnowsTheLineItStartsOnAcrossQuotedLineBreaksAndBlankLines() {
        String text = "a,b\r\n\"two\r\nlines\",x\r\n\r\n\"say \"\"hi\"\", then\",y\nlast,z";

        List<CsvRecords.Record> records = CsvRecords.read(text);

        assertThat(records).filteredOn(r -> !r.blank()).containsExactly(
                new CsvRecords.Record(1, List.of("a", "b"), false),
                new CsvRecords.Record(2, List.of("two\r\nlines", "x"), false),
                new CsvRecords.Record(5, List.of("say \"hi\", then", "y"), false),
                new CsvRecords.Record(6, List.of("last", "z"), false));
    }

    @Test
    void anUnterminatedQuoteIsRejectedAsNotCsv() {
        assertThatThrownBy(() -> CsvRecords.read("a,b\r\nok,1\r\n\"never closed,2\r\n"))
                .isInstanceOfSatisfying(CsvRejected.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.reason()).startsWith("is not valid CSV (RFC 4180)")));
    }
}
