package nl.labspace.insight.whatif;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A saved scenario with its buildings and every run of it, newest first, each with the market's day it ran on. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Scenario")
record ScenarioResponse(UUID id, String name, long seed, int steps, int version, OffsetDateTime createdAt,
                        OffsetDateTime updatedAt, List<BuildingResponse> buildings,
                        @Schema(description = "Every run, newest first") List<ResultResponse> results) {
}
