package nl.labspace.db.whatif;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A saved scenario with its buildings, in position order. */
public record ScenarioRow(UUID id, UUID ownerId, String name, long seed, int steps, int version,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt, List<BuildingRow> buildings) {

    public ScenarioRow {
        buildings = List.copyOf(buildings);
    }
}
