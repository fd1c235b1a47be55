package nl.labspace.listing.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import nl.labspace.db.listing.UnitRow;
import nl.labspace.web.Months;

/** Writes a campus's units as RFC 4180 CSV, one row per unit, in CsvColumn order. */
final class UnitCsvWriter {

    /** RFC 4180 ends records with CRLF; spreadsheets and the import read LF as well. */
    static final String LINE_END = "\r\n";

    // Strict quoting: Jackson otherwise quotes every value longer than 24 characters, needed or not.
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator(LINE_END);

    private UnitCsvWriter() {
    }

    /** The header is written by hand: Jackson writes it only before a first row, and a campus may have none. */
    static String write(List<UnitRow> units) {
        StringWriter out = new StringWriter().append(CsvColumn.headerLine()).append(LINE_END);
        try (SequenceWriter rows = MAPPER.writerFor(String[].class).with(SCHEMA).writeValues(out)) {
            for (UnitRow unit : units) {
                rows.write(cells(unit));
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing CSV to memory failed", e);
        }
        return out.toString();
    }

    /** Jackson leaves null array elements out altogether; an empty cell must stay a cell. */
    private static String[] cells(UnitRow u) {
        String[] cells = {u.id().toString(), u.name(), String.valueOf(u.labM2()), String.valueOf(u.officeM2()),
                u.containment(), u.gmp(), String.join(CsvColumn.FEATURE_SEPARATOR, u.features()),
                Months.format(u.availableFrom()), Months.format(u.availableUntil()), plain(u.rentPerM2Year()),
                String.join(CsvColumn.FEATURE_SEPARATOR, u.rentCovers()),
                String.valueOf(u.minTermMonths()), u.maxTermMonths() == null ? null : String.valueOf(u.maxTermMonths()),
                u.status(), Months.format(u.deliveryMonth()), u.lastConfirmed().toString()};
        Arrays.setAll(cells, i -> cells[i] == null ? "" : cells[i]);
        return cells;
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
