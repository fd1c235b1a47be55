package nl.labspace.insight.whatif;

import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** Scenarios side by side, in the order asked: each with its newest finished result. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ScenarioComparison")
record ComparisonResponse(List<Column> scenarios) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ScenarioComparisonColumn")
    record Column(UUID id, String name, List<BuildingResponse> buildings,
                  @Schema(type = "object", description = "The newest finished run; null when none has finished") @Nullable ResultResponse result) {
    }
}
