package nl.labspace.need;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.micronaut.serde.annotation.Serdeable;
import nl.labspace.db.need.NeedRow;
import nl.labspace.web.Months;

/** A need in full, for its own company (and admins). */
@Serdeable
record NeedResponse(UUID id, UUID companyId, String companyName, String title, int labM2, int officeM2,
                    String containment, String gmp, List<String> features, String moveInEarliest,
                    String moveInLatest, int termMonths, BigDecimal maxRentPerM2Year, int maxUnits, Near near,
                    List<String> provinces, String sector, boolean confidential, String status, int version) {

    @Serdeable
    record Near(double lat, double lon, BigDecimal maxKm) {
    }

    static NeedResponse of(NeedRow n) {
        Near near = n.nearLat() == null ? null : new Near(n.nearLat(), n.nearLon(), n.nearMaxKm());
        return new NeedResponse(n.id(), n.companyId(), n.companyName(), n.title(), n.labM2(), n.officeM2(),
                n.containment(), n.gmp(), n.features(), Months.format(n.moveInEarliest()),
                Months.format(n.moveInLatest()), n.termMonths(), n.maxRentPerM2Year(), n.maxUnits(), near,
                n.provinces(), n.sector(), n.confidential(), n.status(), n.version());
    }
}
