package nl.labspace.listing.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.campus.ManagedCampuses;
import nl.labspace.db.listing.UnitCommands;
import nl.labspace.db.listing.UnitQueries;
import nl.labspace.db.listing.UnitRow;
import nl.labspace.db.listing.UnitValues;
import nl.labspace.web.Conflict;
import nl.labspace.web.Reason;
import nl.labspace.web.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A campus's units as a spreadsheet: export all of them (withdrawn too), import a whole file at once. An import
 * is all or nothing: every row is checked first, and only a file without problems is written, in one
 * transaction. The file wins: a row with an id overwrites that unit whatever was edited since the export.
 */
@Singleton
class UnitCsvService {

    private static final Logger LOG = LoggerFactory.getLogger(UnitCsvService.class);

    static final String CREATED = "created";
    static final String UPDATED = "updated";

    private final ManagedCampuses managed;
    private final UnitQueries units;
    private final UnitCommands commands;

    UnitCsvService(ManagedCampuses managed, UnitQueries units, UnitCommands commands) {
        this.managed = managed;
        this.units = units;
        this.commands = commands;
    }

    @Transactional(readOnly = true)
    String export(Viewer viewer, String campusId) {
        managed.require(viewer, campusId);
        return UnitCsvWriter.write(units.ofCampus(campusId, true));
    }

    @Transactional
    ImportResult importCsv(Viewer viewer, String campusId, byte[] file) {
        managed.require(viewer, campusId);
        UnitCsvReader.Read read = UnitCsvReader.read(file);
        Map<UUID, UnitRow> existing = units.ofCampus(campusId, true).stream()
                .collect(Collectors.toMap(UnitRow::id, Function.identity()));
        List<BadCell> problems = new ArrayList<>(read.problems());
        read.rows().stream().filter(r -> r.id() != null && !existing.containsKey(r.id()))
                // the same answer for another campus's unit and for no unit at all: ids of others are not confirmed
                .forEach(r -> problems.add(BadCell.at(r.line(), CsvColumn.ID, r.id().toString(), Refusal.of(Reason.CSV_NO_UNIT))));
        if (!problems.isEmpty()) {
            throw new CsvRejected(problems);
        }
        ImportResult result = ImportResult.of(read.rows().stream().map(r -> write(campusId, r, existing)).toList());
        LOG.info("units CSV imported into campus {} by account {}: {} created, {} updated", campusId,
                viewer.accountId(), result.created(), result.updated());
        return result;
    }

    private ImportResult.ImportedUnit write(String campusId, ImportRow row, Map<UUID, UnitRow> existing) {
        UnitValues values = row.values();
        if (row.id() == null) {
            return new ImportResult.ImportedUnit(row.line(), commands.insert(campusId, values), CREATED);
        }
        UnitRow unit = existing.get(row.id());
        if (!commands.update(unit.id(), unit.version(), values)) {
            throw new Conflict("unit " + unit.id(), Reason.CHANGED_DURING_IMPORT, row.line());
        }
        return new ImportResult.ImportedUnit(row.line(), unit.id(), UPDATED);
    }
}
