package nl.labspace.listing.csv;

import java.util.List;
import java.util.UUID;

import io.micronaut.serde.annotation.Serdeable;

/** What an import wrote: counts, and each row's unit id by line, so new ids can be put back into the sheet. */
@Serdeable
record ImportResult(int created, int updated, List<ImportedUnit> units) {

    @Serdeable
    record ImportedUnit(int line, UUID id, String action) {
    }

    static ImportResult of(List<ImportedUnit> units) {
        int created = (int) units.stream().filter(u -> u.action().equals(UnitCsvService.CREATED)).count();
        return new ImportResult(created, units.size() - created, units);
    }
}
