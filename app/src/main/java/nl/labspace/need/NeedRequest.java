package nl.labspace.need;

import java.math.BigDecimal;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A need as a company posts or edits it; all nullable so NeedForm names each missing or wrong field. */
@Serdeable
public record NeedRequest(@Nullable String title, @Nullable Integer labM2, @Nullable Integer officeM2,
                   @Nullable String containment, @Nullable String gmp, @Nullable List<String> features,
                   @Nullable String moveInEarliest, @Nullable String moveInLatest, @Nullable Integer termMonths,
                   @Nullable BigDecimal maxRentPerM2Year, @Nullable Integer maxUnits,
                   @Schema(type = "object") @Nullable Near near,
                   @Nullable List<String> provinces, @Nullable String sector, @Nullable Boolean confidential,
                   @Nullable Integer version,
                   @Schema(description = "At most this many m² in total (lab + office of the whole units) the company "
                           + "will rent (matching rule 2b); at least labM2 + officeM2. Absent or null: the default "
                           + "applies, 1.5 × (labM2 + officeM2) rounded up and at least 50 m² more (effectiveMaxM2 in "
                           + "the answer).", example = "300")
                   @Nullable Integer maxM2) {

    @Serdeable
    public record Near(@Nullable Double lat, @Nullable Double lon, @Nullable BigDecimal maxKm) {
    }
}
