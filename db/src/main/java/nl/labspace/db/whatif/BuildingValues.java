package nl.labspace.db.whatif;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A hypothetical building as a scenario stores it: on an existing campus (campusId) or at a point (lat, lon, and the
 * town it was chosen by, if any), let as {@code suites} equal units from its delivery month.
 */
public record BuildingValues(int position, String name, String campusId, Double lat, Double lon, String town,
                             int labM2, int officeM2, int suites, String containment, String gmp, List<String> features,
                             BigDecimal rentPerM2Year, LocalDate deliveryMonth, int minTermMonths) {

    public BuildingValues {
        features = List.copyOf(features);
    }
}
