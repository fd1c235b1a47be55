package nl.labspace.db.need;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A need as stored, with its company's name and acceptable provinces; who may see which part is the app's rule.
 * maxM2 is null when the company gave no size bound (the app applies its default). withdrawReason is null
 * while the need is not withdrawn.
 */
public record NeedRow(UUID id, UUID companyId, String companyName, String title, int labM2, int officeM2,
                      String containment, String gmp, List<String> features, LocalDate moveInEarliest,
                      LocalDate moveInLatest, int termMonths, BigDecimal maxRentPerM2Year, int maxUnits,
                      Double nearLat, Double nearLon, BigDecimal nearMaxKm, List<String> provinces, String sector,
                      boolean confidential, String status, String homeProvinceCode, int version,
                      Integer maxM2, String withdrawReason) {
}
