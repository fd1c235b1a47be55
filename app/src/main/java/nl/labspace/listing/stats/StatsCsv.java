package nl.labspace.listing.stats;

import java.io.IOException;
import java.io.StringWriter;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** A campus's statistics as RFC 4180 CSV: a header row, then one row per unit and month, CRLF line ends. */
final class StatsCsv {

    static final String HEADER = "campus_id,unit_id,unit_name,unit_status,month,page_views,search_appearances,"
            + "alerts_sent,enquiries,proposals";
    static final String LINE_END = "\r\n";

    // Strict quoting: Jackson otherwise quotes every value longer than 24 characters, needed or not.
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator(LINE_END);

    private StatsCsv() {
    }

    static String write(CampusStatistics stats) {
        StringWriter out = new StringWriter().append(HEADER).append(LINE_END);
        try (SequenceWriter rows = MAPPER.writerFor(String[].class).with(SCHEMA).writeValues(out)) {
            for (UnitStatistics unit : stats.units()) {
                for (MonthFigures m : unit.months()) {
                    rows.write(new String[] {stats.campusId(), unit.unitId().toString(), unit.name(), unit.status(),
                            m.month(), String.valueOf(m.pageViews()), String.valueOf(m.searchAppearances()),
                            String.valueOf(m.alertsSent()), String.valueOf(m.enquiries()), String.valueOf(m.proposals())});
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing CSV to memory failed", e);
        }
        return out.toString();
    }

    static String fileName(CampusStatistics stats) {
        return "%s-statistics-%s-%s.csv".formatted(stats.campusId(), stats.from(), stats.to());
    }
}
