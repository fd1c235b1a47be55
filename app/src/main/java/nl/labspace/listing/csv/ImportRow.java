package nl.labspace.listing.csv;

import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import nl.labspace.listing.UnitRequest;

/**
 * One data row of an import, read into the shape the JSON API takes. id is null for a new unit. withdrawn
 * rows carry no status in request (UnitForm publishes only available or planned units): they keep or make
 * their existing unit withdrawn.
 */
record ImportRow(int line, @Nullable UUID id, UnitRequest request, boolean withdrawn) {
}
