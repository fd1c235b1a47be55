package nl.labspace.insight;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One cell of the insight cube as a tidy row: one figure of one region, period and facet. A withheld cell has no
 * value and says why; both keys are always written, null included, so every row has the same columns.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "FigureRow", description = "One figure of one region, period and facet")
public record FigureRow(
        @Schema(description = "country, rom, province, corop, or unplaced (demand homed in the region above but in none of its parts)",
                example = "province") String level,
        @Schema(description = "Region code: NL, a ROM area, PV20..PV31, CR01..CR40, or an unplaced part such as PV28:unplaced",
                example = "PV28") String region,
        @Schema(description = "The region's name (Dutch)", example = "Zuid-Holland") String regionName,
        @Schema(description = "YYYY-MM (stock figures: the month described; lost and leased m²: month of the event) or YYYY-Qn",
                example = "2026-12") String period,
        @Schema(description = "The figure's code (see the README's insight section)", example = "demand-lab-m2") String figure,
        @Schema(description = "all, or dimension:value (containment:ML-II, gmp:C, move-in:2027-Q1, size:300-1000, "
                + "delivery:2027-Q3, due:within-18m, reason:went-abroad, reason:over-budget ...)", example = "all") String facet,
        @Schema(description = "The value, a whole number; null when withheld", example = "1250") @Nullable Long value,
        @Schema(description = "Why the value is withheld: few-companies (fewer than 3 distinct companies) or complementary "
                + "(it would reveal a withheld cell by subtraction); null when shown", example = "few-companies")
        @Nullable String withheld,
        @Schema(description = "m2, count, or thousandths (a ratio times 1000)", example = "m2") String measure) {
}
