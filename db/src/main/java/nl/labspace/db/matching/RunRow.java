package nl.labspace.db.matching;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A matching run as stored (without its snapshot and solution, which are read on their own). */
public record RunRow(UUID id, String scopeKey, List<String> regionCodes, int budgetSeconds, long seed, Integer steps, String startedBy,
                     String status, String phase, OffsetDateTime createdAt, OffsetDateTime solvingAt,
                     OffsetDateTime finishedAt, Integer totalNeeds, Integer matchedNeeds, Long askedM2, Long servedM2,
                     Long unservedM2, Integer proposals, String perProvince, String error) {
}
