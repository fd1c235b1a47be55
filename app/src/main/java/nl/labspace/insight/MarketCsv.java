package nl.labspace.insight;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The public market figures as RFC 4180 CSV (UTF-8, CRLF), one tidy row per cell: a withheld cell has an empty value
 * and its reason, so a spreadsheet never reads a withheld figure as 0.
 */
final class MarketCsv {

    static final String LINE_END = "\r\n";
    static final String HEADER = "level,region,regionName,period,figure,facet,value,withheld";

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator(LINE_END);

    private MarketCsv() {
    }

    static String write(List<MarketFigures.Tidy> rows) {
        StringWriter out = new StringWriter().append(HEADER).append(LINE_END);
        try (SequenceWriter csv = MAPPER.writerFor(String[].class).with(SCHEMA).writeValues(out)) {
            for (MarketFigures.Tidy r : rows) {
                csv.write(new String[] {r.level(), r.region(), r.regionName(), r.period(), r.figure().code(), r.facet(),
                        r.value() == null ? "" : r.value().toString(), r.withheld() == null ? "" : r.withheld()});
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing CSV to memory failed", e);
        }
        return out.toString();
    }
}
