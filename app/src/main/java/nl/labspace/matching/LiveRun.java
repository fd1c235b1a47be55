package nl.labspace.matching;

import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A run's status as it is now: what polling and the event stream show. */
@Serdeable
record LiveRun(UUID id, String status, String phase, long elapsedMillis, int budgetSeconds,
               @Nullable Long bestUnservedM2, @Nullable Integer matchedNeeds, @Nullable Integer totalNeeds) {

    boolean ended() {
        return !"solving".equals(status);
    }
}
