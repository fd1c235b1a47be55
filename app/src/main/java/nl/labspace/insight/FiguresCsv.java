package nl.labspace.insight;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** Writes figure rows as RFC 4180 CSV (header row, CRLF line ends); a withheld value is an empty cell. */
final class FiguresCsv {

    static final String HEADER = "level,region,region_name,period,figure,facet,value,withheld,measure";
    static final String LINE_END = "\r\n";

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator(LINE_END);

    private FiguresCsv() {
    }

    static String write(List<FigureRow> rows) {
        StringWriter out = new StringWriter().append(HEADER).append(LINE_END);
        try (SequenceWriter csv = MAPPER.writerFor(String[].class).with(SCHEMA).writeValues(out)) {
            for (FigureRow r : rows) {
                csv.write(new String[]{r.level(), r.region(), r.regionName(), r.period(), r.figure(), r.facet(),
                        r.value() == null ? "" : r.value().toString(), r.withheld() == null ? "" : r.withheld(), r.measure()});
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing CSV to memory failed", e);
        }
        return out.toString();
    }
}
