package nl.labspace.insight.whatif;

import java.math.BigDecimal;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One hypothetical building or extension: where (exactly one of an existing campus, a town from the list, or a
 * point), how large, of which class, at what rent, from when, and let as how many equal suites.
 */
@Serdeable
record BuildingRequest(
        @Schema(description = "1-120 characters, one line", example = "Pilot hall") @Nullable String name,
        @Schema(description = "An existing campus (an extension of it), as GET /api/campuses lists them",
                example = "leiden-bio-science-park") @Nullable String campus,
        @Schema(description = "A town with a campus, as the search form lists them", example = "Leiden") @Nullable String town,
        @Schema(description = "Latitude of a new site (WGS84), with lon", example = "52.16") @Nullable Double lat,
        @Schema(description = "Longitude of a new site (WGS84), with lat", example = "4.48") @Nullable Double lon,
        @Schema(minimum = "0", maximum = "1000000", example = "2400") @Nullable Integer labM2,
        @Schema(minimum = "0", maximum = "1000000", example = "800") @Nullable Integer officeM2,
        @Schema(description = "Let as this many equal suites, each lab and office in the building's proportion "
                + "(default: one per 400 m², at most 100)", minimum = "1", maximum = "100", example = "8")
        @Nullable Integer suites,
        @Schema(description = "none, ML-I, ML-II or ML-III (default none)", example = "ML-II") @Nullable String containment,
        @Schema(description = "none, D, C, B or A (default none)", example = "none") @Nullable String gmp,
        @Schema(description = "Facilities every suite has (the feature vocabulary)") @Nullable List<String> features,
        @Schema(description = "Euros per m² per year, above 0, at most 2 decimals", example = "325") @Nullable BigDecimal rentPerM2Year,
        @Schema(description = "The month the building is delivered, YYYY-MM: its suites are available from then",
                example = "2028-01") @Nullable String deliveryMonth,
        @Schema(description = "Shortest lease in months (default 1)", minimum = "1", maximum = "360", example = "12")
        @Nullable Integer minTermMonths) {
}
