package nl.labspace.listing.csv;

import static nl.labspace.listing.csv.CsvColumn.*;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.labspace.db.market.UnitStatus;
import nl.labspace.listing.UnitForm;
import nl.labspace.listing.UnitRequest;
import nl.labspace.web.Reason;
import nl.labspace.web.Refusal;
import nl.labspace.web.Violation;

/**
 * Reads an imported units CSV into rows, checking everything that needs no database: the header, each row's
 * field count, numbers, ids, and the unit rules (UnitForm). Problems are collected, never thrown one by one,
 * so the answer lists every bad row; a bad header stops the reading, as no row can be read without it.
 */
final class UnitCsvReader {

    static final String WITHDRAWN = UnitStatus.WITHDRAWN.code();

    /** Excel's "CSV UTF-8" starts the file with a byte order mark. */
    private static final String BOM = "\uFEFF";

    record Read(List<ImportRow> rows, List<BadCell> problems) {
    }

    private UnitCsvReader() {
    }

    static Read read(byte[] file) {
        String text = utf8(file);
        String body = text.startsWith(BOM) ? text.substring(1) : text;
        // Spreadsheets leave empty lines and rows of empty cells below the data; they hold no unit.
        List<CsvRecords.Record> records = CsvRecords.read(body).stream().filter(r -> !r.blank()).toList();
        if (records.isEmpty()) {
            throw new CsvRejected(BadCell.ofLine(1, null, Refusal.of(Reason.CSV_EMPTY, headerLine())));
        }
        CsvRecords.Record header = records.get(0);
        if (records.size() == 1) {
            columnsOf(header);
            throw new CsvRejected(BadCell.ofLine(header.line(), null, Refusal.of(Reason.CSV_NO_UNITS)));
        }
        return rows(header, columnsOf(header), records.subList(1, records.size()));
    }

    private static Read rows(CsvRecords.Record header, Map<CsvColumn, Integer> columns, List<CsvRecords.Record> records) {
        List<BadCell> problems = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        Map<UUID, Integer> lineOfId = new HashMap<>();
        for (CsvRecords.Record record : records) {
            if (record.fields().size() != header.fields().size()) {
                problems.add(BadCell.ofLine(record.line(), null,
                        Refusal.of(Reason.CSV_FIELDS, record.fields().size(), header.fields().size())));
                continue;
            }
            ImportRow row = row(new RowCells(record, columns, problems));
            Integer earlier = row.id() == null ? null : lineOfId.putIfAbsent(row.id(), row.line());
            if (earlier != null) {
                problems.add(BadCell.at(row.line(), ID, row.id().toString(), Refusal.of(Reason.CSV_TWICE, earlier)));
            }
            rows.add(row);
        }
        return new Read(rows, problems);
    }

    /** Strictly: a file saved in another encoding (Excel's plain "CSV" is Windows-1252) would garble names. */
    private static String utf8(byte[] file) {
        ByteBuffer bytes = ByteBuffer.wrap(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = 0; i < bytes.position(); i++) {
                line += file[i] == '\n' ? 1 : 0;
            }
            throw new CsvRejected(BadCell.ofLine(line, null, Refusal.of(Reason.CSV_UTF8)));
        }
    }

    /** Column positions by name: each column once, in any order; last_confirmed may be left out (it is never read). */
    private static Map<CsvColumn, Integer> columnsOf(CsvRecords.Record header) {
        List<BadCell> problems = new ArrayList<>();
        Map<CsvColumn, Integer> columns = new EnumMap<>(CsvColumn.class);
        List<String> names = header.fields();
        if (names.size() == 1 && names.get(0).contains(";")) {
            throw new CsvRejected(BadCell.ofLine(header.line(), names.get(0), Refusal.of(Reason.CSV_SEMICOLON)));
        }
        for (int i = 0; i < names.size(); i++) {
            Optional<CsvColumn> column = ofHeader(names.get(i));
            if (column.isEmpty()) {
                problems.add(BadCell.ofLine(header.line(), names.get(i), Refusal.of(Reason.CSV_NOT_COLUMN, headerLine())));
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                problems.add(BadCell.ofLine(header.line(), names.get(i), Refusal.of(Reason.CSV_COLUMN_TWICE)));
            }
        }
        for (CsvColumn column : values()) {
            if (column.required() && !columns.containsKey(column)) {
                problems.add(BadCell.ofLine(header.line(), column.header, Refusal.of(Reason.CSV_MISSING)));
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvRejected(problems);
        }
        return columns;
    }

    private static ImportRow row(RowCells cells) {
        UUID id = cells.id(ID);
        String status = cells.text(STATUS);
        boolean withdrawn = WITHDRAWN.equals(status);
        if (withdrawn && id == null && !cells.reported(ID)) {
            cells.fail(STATUS, status, Refusal.of(Reason.CSV_WITHDRAWN_NEW));
        }
        UnitRequest request = new UnitRequest(cells.raw(NAME), cells.integer(LAB_M2), cells.integer(OFFICE_M2),
                cells.text(CONTAINMENT), cells.text(GMP), cells.features(FEATURES), cells.text(AVAILABLE_FROM),
                cells.text(AVAILABLE_UNTIL), cells.rent(RENT_PER_M2_YEAR), cells.integer(MIN_TERM_MONTHS),
                cells.integer(MAX_TERM_MONTHS), withdrawn ? null : status, cells.text(DELIVERY_MONTH), null,
                cells.features(RENT_COVERS));
        UnitForm.Checked checked = UnitForm.check(request);
        for (Violation v : checked.violations()) {
            // an item of a list ("features[1]") lives in its list's one cell
            CsvColumn column = ofField(v.listField()).orElseThrow(() -> new IllegalStateException("no column for " + v.field()));
            if (!cells.reported(column)) {
                cells.report(column, v.value(), inColumnNames(v));
            }
        }
        // A withdrawn row keeps (or makes) its unit withdrawn: the one status UnitForm does not publish.
        return new ImportRow(cells.line(), id, withdrawn ? checked.values().withStatus(WITHDRAWN) : checked.values());
    }
}
