package nl.labspace.listing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.labspace.db.listing.UnitRow;
import nl.labspace.web.Months;

/**
 * A unit as the API shows it; months as YYYY-MM. totalRentPerYear is rentPerM2Year times the areas rentCovers names
 * (whole euros); service charges are in it only when rentCovers has service_charges.
 */
@Serdeable
record UnitResponse(UUID id, String campusId, String name, int labM2, int officeM2, String containment, String gmp,
                    List<String> features, String availableFrom, @Nullable String availableUntil,
                    BigDecimal rentPerM2Year, int minTermMonths, @Nullable Integer maxTermMonths, String status,
                    @Nullable String deliveryMonth, LocalDate lastConfirmed, int version, List<String> rentCovers,
                    BigDecimal totalRentPerYear) {

    static UnitResponse of(UnitRow u) {
        return new UnitResponse(u.id(), u.campusId(), u.name(), u.labM2(), u.officeM2(), u.containment(), u.gmp(),
                u.features(), Months.format(u.availableFrom()), Months.format(u.availableUntil()), u.rentPerM2Year(),
                u.minTermMonths(), u.maxTermMonths(), u.status(), Months.format(u.deliveryMonth()), u.lastConfirmed(),
                u.version(), u.rentCovers(),
                u.totalRentPerYear());
    }
}
