package nl.labspace.need;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.labspace.db.need.NeedRow;
import nl.labspace.solver.domain.Need;
import nl.labspace.web.Months;

/**
 * A need in full, for its own company (and admins). maxM2 is the size bound as the company gave it (null: none);
 * effectiveMaxM2 the one matching applies, the given one or the default.
 */
@Serdeable
record NeedResponse(UUID id, UUID companyId, String companyName, String title, int labM2, int officeM2,
                    String containment, String gmp, List<String> features, String moveInEarliest,
                    String moveInLatest, int termMonths, BigDecimal maxRentPerM2Year, int maxUnits, Near near,
                    List<String> provinces, String sector, boolean confidential, String status, int version,
                    @Schema(description = "The size bound the company gave (matching rule 2b); null when none")
                    @Nullable Integer maxM2,
                    @Schema(description = "The size bound matching applies: maxM2, or when none was given "
                            + "1.5 × (labM2 + officeM2) rounded up, at least 50 m² more")
                    int effectiveMaxM2,
                    @Schema(description = "Why the company withdrew it (found-via-labspace, found-elsewhere-nl, went-abroad, "
                            + "plans-changed, other; unknown when it did not say); null while not withdrawn")
                    @Nullable String withdrawReason) {

    @Serdeable
    record Near(double lat, double lon, BigDecimal maxKm) {
    }

    static NeedResponse of(NeedRow n) {
        Near near = n.nearLat() == null ? null : new Near(n.nearLat(), n.nearLon(), n.nearMaxKm());
        return new NeedResponse(n.id(), n.companyId(), n.companyName(), n.title(), n.labM2(), n.officeM2(),
                n.containment(), n.gmp(), n.features(), Months.format(n.moveInEarliest()),
                Months.format(n.moveInLatest()), n.termMonths(), n.maxRentPerM2Year(), n.maxUnits(), near,
                n.provinces(), n.sector(), n.confidential(), n.status(), n.version(), n.maxM2(),
                Need.effectiveMaxM2(n.maxM2(), n.labM2() + n.officeM2()), n.withdrawReason());
    }
}
