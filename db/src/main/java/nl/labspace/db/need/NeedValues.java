package nl.labspace.db.need;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What posting or editing a need writes (validated by the caller); nearLat/nearLon/nearMaxKm all set or all null;
 * maxM2 null when the company gives no size bound.
 */
public record NeedValues(String title, int labM2, int officeM2, String containment, String gmp, List<String> features,
                         LocalDate moveInEarliest, LocalDate moveInLatest, int termMonths,
                         BigDecimal maxRentPerM2Year, int maxUnits, Double nearLat, Double nearLon,
                         BigDecimal nearMaxKm, List<String> provinces, String sector, boolean confidential,
                         Integer maxM2) {

    public NeedValues {
        features = List.copyOf(features);
        provinces = List.copyOf(provinces);
    }
}
