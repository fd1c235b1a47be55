package nl.labspace.insight;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where the demand homed in regions of one level goes: per origin region and stage its m² and the share served inside
 * it, and per origin and destination the m² that travels. A withheld figure is null with the reason.
 */
@Serdeable
@Schema(description = "Flows of demand between regions of one level, from the insight cube (suppressed as a whole)")
public record RegionFlows(
        @Schema(description = "The region level: province, corop, rom or country") String level,
        @Schema(description = "The month the figures describe, YYYY-MM (Dutch time)", example = "2026-12") String month,
        @Schema(description = "Origin regions at this level with their demand per stage") List<Origin> origins,
        @Schema(description = "Flows from an origin to a destination region of the same level; flows of 0 m² are left out")
        List<Flow> flows) {

    /** Demand homed in one region at one stage, and the share of it served inside the region. */
    @Serdeable
    public record Origin(
            @Schema(description = "Region code; a code ending in :unplaced is the demand homed in that region but in "
                    + "none of its parts at this level (NL:unplaced: homed in no province)", example = "PV28") String code,
            @Schema(description = "The region's name (of the whole, for an unplaced part)") String name,
            @Schema(description = "proposed, accepted or leased") String stage,
            @Schema(description = "m² (lab and office) of the needs homed here at this stage") @Nullable Long m2,
            @Schema(description = "Why m2 is withheld: few-companies or complementary") @Nullable String withheld,
            @Schema(description = "Share of m2 that goes to a campus inside the region, in thousandths; null when m2 is "
                    + "0 or when it is withheld") @Nullable Long insideShare,
            @Schema(description = "Why insideShare is withheld") @Nullable String insideShareWithheld) {
    }

    /** The m² of demand homed in one region that goes to a campus in another (or the same) region. */
    @Serdeable
    public record Flow(
            @Schema(description = "Origin region code", example = "PV27") String from,
            @Schema(description = "Destination region code (where the campus lies)", example = "PV28") String to,
            @Schema(description = "proposed, accepted or leased") String stage,
            @Schema(description = "m² (lab and office) of the needs") @Nullable Long m2,
            @Schema(description = "Why m2 is withheld: few-companies or complementary") @Nullable String withheld) {
    }
}
