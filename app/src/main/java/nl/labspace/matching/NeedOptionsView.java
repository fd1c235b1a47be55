package nl.labspace.matching;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A need's instant options as its company reads them (the engine's NeedOptions projected like a proposal's
 * explanation: other needs anonymous), best first, or the binding reason when there is none.
 *
 * @param reason null when there are options
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "The best placements for the need now, least soft points first, or the rule that binds")
public record NeedOptionsView(String needId, ExplanationView.Area asked, List<Option> options, @Schema(type = "object") @Nullable ReasonView reason) {

    /** One placement the need may take, starting in any month from placement.start through latestStart. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Option(ExplanationView.Placement placement, String latestStart) {
    }
}
