package nl.labspace.insight.whatif;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** One figure of a result as a reader gets it: its value, or why it is withheld (then the value is null). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ScenarioFigure")
record Shown(@Schema(description = "The figure; null when withheld") @Nullable Long value,
             @Schema(description = "few-companies (under 3 distinct companies) or complementary (it would reveal a "
                     + "withheld figure by subtraction); null when shown", example = "few-companies")
             @Nullable String withheld) {
}
