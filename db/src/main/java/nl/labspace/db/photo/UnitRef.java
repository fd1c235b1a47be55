package nl.labspace.db.photo;

import java.util.UUID;

/** A unit by id and name, with its campus's name (for demo pictures and their alt texts). */
public record UnitRef(UUID id, String name, String campusName) {
}
