package nl.labspace.matching;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.labspace.db.matching.RunRow;

/** A run in the history: who started it, scope, budget, seed, timings and result. */
@Serdeable
record RunResponse(UUID id, String scope, List<String> regions, int budgetSeconds, long seed, @Nullable Integer steps,
                   String startedBy,
                   String status, String phase, OffsetDateTime createdAt, @Nullable OffsetDateTime solvingAt,
                   @Nullable OffsetDateTime finishedAt, @Nullable Integer totalNeeds, @Nullable Integer matchedNeeds,
                   @Nullable Long askedM2, @Nullable Long servedM2, @Nullable Long unservedM2,
                   @Nullable Integer proposals, @Nullable String error) {

    static RunResponse of(RunRow r) {
        return new RunResponse(r.id(), r.scopeKey(), r.regionCodes(), r.budgetSeconds(), r.seed(), r.steps(), r.startedBy(),
                r.status(), r.phase(), r.createdAt(), r.solvingAt(), r.finishedAt(), r.totalNeeds(), r.matchedNeeds(),
                r.askedM2(), r.servedM2(), r.unservedM2(), r.proposals(), r.error());
    }
}
