package nl.labspace.listing.csv;

import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.page.FormOnce;

/**
 * The console's import form acts once: its claim and the import share one transaction, so a file sent twice is
 * imported once, and a rejected file (nothing written) releases the claim with everything else.
 */
@Singleton
class ImportOnce {

    private final UnitCsvService csv;
    private final FormOnce formOnce;

    ImportOnce(UnitCsvService csv, FormOnce formOnce) {
        this.csv = csv;
        this.formOnce = formOnce;
    }

    /** Empty when this form was imported before; CsvRejected when the file has problems. */
    @Transactional
    Optional<ImportResult> importCsv(Viewer viewer, String campusId, byte[] file, @Nullable String once) {
        if (!formOnce.claim(once)) {
            return Optional.empty();
        }
        return Optional.of(csv.importCsv(viewer, campusId, file));
    }
}
