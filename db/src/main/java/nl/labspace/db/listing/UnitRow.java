package nl.labspace.db.listing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A unit as stored. Months are first days of the month; rentCovers as RentCover codes. */
public record UnitRow(UUID id, String campusId, String name, int labM2, int officeM2, String containment, String gmp,
                      List<String> features, LocalDate availableFrom, LocalDate availableUntil,
                      BigDecimal rentPerM2Year, int minTermMonths, Integer maxTermMonths, String status,
                      LocalDate deliveryMonth, LocalDate lastConfirmed, int version,
                      List<String> rentCovers) {

    /** The rent per year of the covered area (RentCover), in whole euros. */
    public BigDecimal totalRentPerYear() {
        return nl.labspace.db.market.RentCover.totalPerYear(rentPerM2Year, rentCovers, labM2, officeM2);
    }
}
