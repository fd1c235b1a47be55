package nl.labspace.db.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The public part of a published unit. */
public record UnitPart(java.util.UUID id, String name, int labM2, int officeM2, String containment, String gmp,
                       List<String> features, LocalDate availableFrom, LocalDate availableUntil,
                       BigDecimal rentPerM2Year, int minTermMonths, Integer maxTermMonths, String status,
                       LocalDate deliveryMonth, LocalDate lastConfirmed, List<String> rentCovers) {

    /** The rent per year of the covered area (RentCover), in whole euros. */
    public BigDecimal totalRentPerYear() {
        return nl.labspace.db.market.RentCover.totalPerYear(rentPerM2Year, rentCovers, labM2, officeM2);
    }
}
