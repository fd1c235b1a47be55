package nl.labspace.insight.whatif;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One run of a scenario: its progress while solving, and once finished what the buildings would do to the market it
 * ran on. Every figure that describes needs passes the disclosure rule; no need, company or title is named.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ScenarioResult")
record ResultResponse(UUID id,
                      @Schema(description = "solving, finished, stopped, failed or interrupted") String status,
                      @Schema(description = "reading, baseline (solving the market as it is), scenario (with the "
                              + "buildings), results, done") String phase,
                      @Schema(description = "How far the run is, 0-100") int percent,
                      @Schema(description = "The market's day the run read (Dutch time)") LocalDate marketDate,
                      OffsetDateTime startedAt, @Nullable OffsetDateTime finishedAt,
                      long seed, int steps,
                      @Schema(description = "Open needs and units of the market it solved") @Nullable Integer needs,
                      @Nullable Integer units, @Nullable String error,
                      @Schema(type = "object", description = "Needs that would move into the buildings, all together; null "
                              + "until the run has figures") @Nullable Shown movedInNeeds,
                      @Schema(type = "object", description = "Their m², all together; null until the run has figures")
                      @Nullable Shown movedInM2,
                      @Schema(description = "Unmet m² per home region (the regions you follow) before and after") List<RegionResult> regions,
                      List<BuildingResult> buildings,
                      @Schema(description = "Where the needs that move in were matched without the buildings: an "
                              + "existing campus, or nowhere (unmet)") List<Origin> movedFrom) {

    /** Unmet m² of needs homed in a region, without and with the buildings, and the difference. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ScenarioRegionResult")
    record RegionResult(String code, String name,
                        @Schema(description = "country, rom, province, corop or unplaced (homed in the region above "
                                + "but in none of its parts)") String level,
                        Shown unmetBeforeM2, Shown unmetAfterM2, Shown absorbedM2) {
    }

    /** One building: the m² let and its pre-let share, and the needs that move in by origin, size and class. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ScenarioBuildingResult")
    record BuildingResult(int position, String name, @Nullable String campus, @Nullable String town,
                          String province, String corop, int labM2, int officeM2, int suites,
                          @Schema(description = "m² of its suites matched") Shown letM2,
                          @Schema(description = "Expected pre-let share at delivery: m² matched / its m², in "
                                  + "thousandths (725 = 72.5 %)") Shown preletShare,
                          Shown needs, @Schema(description = "m² the needs that move in ask") Shown m2,
                          @Schema(description = "By home province of the needs (NL:unplaced: none)") List<Band> fromRegions,
                          @Schema(description = "By size band of lab + office m²") List<Band> sizes,
                          @Schema(description = "By containment class") List<Band> classes) {
    }

    /** One band of a breakdown. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ScenarioBand")
    record Band(String value, Shown needs, Shown m2) {
    }

    /** Needs that move into the buildings from one existing campus, or (campus null) that were unmet. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ScenarioOrigin")
    record Origin(@Nullable String campusId, @Nullable String campusName, Shown needs, Shown m2) {
    }
}
