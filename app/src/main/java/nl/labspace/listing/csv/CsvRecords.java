package nl.labspace.listing.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import nl.labspace.web.Reason;
import nl.labspace.web.Refusal;

/**
 * Splits an RFC 4180 text (Jackson's CSV parser) into records, each with the physical line it starts on, so a
 * record whose quoted name holds a line break still reports the line a spreadsheet shows.
 */
final class CsvRecords {

    /** decimalComma: the file came with ';' between fields, as a spreadsheet with Dutch settings writes it. */
    record Record(int line, List<String> fields, boolean decimalComma) {

        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    // No schema: every record comes as an array of strings, whatever its length, so the caller can name the
    // record whose field count is wrong instead of Jackson failing the whole file.
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
            .build();

    private CsvRecords() {
    }

    /**
     * ',' as RFC 4180 and the export write it; ';' when the header line holds ';' and no ',' (Excel with Dutch
     * settings saves "CSV" so, with a decimal comma).
     */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
    }

    /** Every record, blank ones included (the caller skips them); a text that is not CSV is a CsvRejected. */
    static List<Record> read(String text) {
        List<Record> records = new ArrayList<>();
        try (CsvParser p = (CsvParser) MAPPER.getFactory().createParser(text)) {
            char separator = separator(text);
            p.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
            while (p.nextToken() == JsonToken.START_ARRAY) {
                // The array starts where the previous record ended; its first value is on the record's own line.
                int line = -1;
                List<String> fields = new ArrayList<>();
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    line = fields.isEmpty() ? p.currentTokenLocation().getLineNr() : line;
                    fields.add(p.getText());
                }
                records.add(new Record(line, fields, separator == ';'));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new CsvRejected(BadCell.ofLine(at == null ? 1 : at.getLineNr(), null,
                    Refusal.of(Reason.CSV_INVALID, e.getOriginalMessage())));
        } catch (IOException e) {
            throw new IllegalStateException("reading a CSV held in memory failed", e);
        }
        return records;
    }
}
