package nl.labspace.listing;

import java.math.BigDecimal;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A unit as a campus manager publishes or edits it (JSON body, or one CSV row). Everything is nullable here so
 * that UnitForm can name each missing or wrong field; months are "YYYY-MM". version is required when editing.
 * rentCovers (lab, office, service_charges) defaults to lab and office, service charges extra.
 */
@Serdeable
public record UnitRequest(@Nullable String name, @Nullable Integer labM2, @Nullable Integer officeM2,
                          @Nullable String containment, @Nullable String gmp, @Nullable List<String> features,
                          @Nullable String availableFrom, @Nullable String availableUntil,
                          @Nullable BigDecimal rentPerM2Year, @Nullable Integer minTermMonths,
                          @Nullable Integer maxTermMonths, @Nullable String status, @Nullable String deliveryMonth,
                          @Nullable Integer version, @Nullable List<String> rentCovers) {
}
