package nl.labspace.insight.whatif;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A scenario as a fund manager saves it: a name, one to three buildings, and how to solve it (seed, steps). */
@Serdeable
record ScenarioRequest(
        @Schema(description = "1-120 characters, one line", example = "Pilot hall in Leiden") @Nullable String name,
        @Schema(description = "Seed of both solves (default 0): the same scenario and seed on the same market give "
                + "the same result", minimum = "0", example = "7") @Nullable Integer seed,
        @Schema(description = "Search steps of each of the two solves (default: LABSPACE_WHATIF_STEPS); a step "
                + "limit, not a time, so a result is reproducible", minimum = "1", maximum = "200000", example = "5000")
        @Nullable Integer steps,
        @Schema(description = "One to three hypothetical buildings or extensions") @Nullable List<BuildingRequest> buildings,
        @Schema(description = "When updating: the version you read", example = "0") @Nullable Integer version) {
}
