package nl.labspace.listing.stats;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A campus's units and their monthly figures, for the months from..to. */
@Serdeable
@Schema(description = "Listing statistics of a campus's units (withdrawn ones included), by name, per month")
public record CampusStatistics(String campusId, String campusName,
                               @Schema(description = "First month, YYYY-MM", example = "2026-01") String from,
                               @Schema(description = "Last month, YYYY-MM", example = "2026-12") String to,
                               List<UnitStatistics> units) {
}
