package nl.labspace.db.whatif;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One run of a scenario: its status and phase, the market's day it ran on, and (once finished) its cells as JSON,
 * before disclosure.
 */
public record ResultRow(UUID id, UUID scenarioId, int scenarioVersion, long seed, int steps, String status,
                        String phase, LocalDate marketDate, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                        Integer needs, Integer units, String cells, String error) {
}
