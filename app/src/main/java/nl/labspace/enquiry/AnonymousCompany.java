package nl.labspace.enquiry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a campus knows of a company that asks anonymously: the sector and a size band of the confidential need it
 * asks for (lab plus office m², rounded into a band so that it names no need), never its name, id or email.
 */
@Serdeable
@Schema(description = "An anonymous company as the campus sees it: sector and the size band of its need", type = "object")
record AnonymousCompany(@Nullable @Schema(description = "Sector code", nullable = true, example = "drug-discovery") String sector,
                        @Schema(description = "Lower bound of the need's total m² band", example = "500") int sizeM2From,
                        @Nullable @Schema(description = "Upper bound of the band (exclusive); null for the largest",
                                nullable = true, example = "1000") Integer sizeM2To) {

    /** Band edges in m²: a need of 550 m² reads as 500 to 1,000 m². */
    private static final int[] EDGES = {0, 100, 250, 500, 1000, 2500};

    static AnonymousCompany of(@Nullable String sector, @Nullable Integer needM2) {
        int m2 = needM2 == null ? 0 : needM2;
        int band = EDGES.length - 1;
        while (band > 0 && m2 < EDGES[band]) {
            band--;
        }
        return new AnonymousCompany(sector, EDGES[band], band == EDGES.length - 1 ? null : EDGES[band + 1]);
    }
}
