package nl.labspace.listing.csv;

import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import nl.labspace.db.listing.UnitValues;

/**
 * One data row of an import, checked by the same rules as the JSON API (UnitForm) and read into the values to
 * write. id is null for a new unit. Values are written only when no row of the file had a problem.
 */
record ImportRow(int line, @Nullable UUID id, UnitValues values) {
}
