package nl.labspace.db.listing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What publishing or editing a unit writes (already validated by the caller). */
public record UnitValues(String name, int labM2, int officeM2, String containment, String gmp, List<String> features,
                         LocalDate availableFrom, LocalDate availableUntil, BigDecimal rentPerM2Year,
                         int minTermMonths, Integer maxTermMonths, String status, LocalDate deliveryMonth,
                         List<String> rentCovers) {

    public UnitValues {
        features = List.copyOf(features);
        rentCovers = List.copyOf(rentCovers);
    }

    public UnitValues withStatus(String newStatus) {
        return new UnitValues(name, labM2, officeM2, containment, gmp, features, availableFrom, availableUntil,
                rentPerM2Year, minTermMonths, maxTermMonths, newStatus, deliveryMonth, rentCovers);
    }
}
