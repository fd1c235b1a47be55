package nl.labspace.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.labspace.campus.RouteLink;
import nl.labspace.db.search.CampusPart;
import nl.labspace.db.search.SpaceHitRow;
import nl.labspace.db.search.UnitPart;
import nl.labspace.web.Months;

/**
 * One unit in a space search result; distanceKm only when the search gave a point. regionNames holds the names of
 * the regions whose codes are in regions. The unit's totalRentPerYear is rentPerM2Year times the areas rentCovers
 * names; the campus's address parts may be missing (addressIsDemo: the demo data's town only). thumbnailUrl only when
 * the unit has a photo or an image floor plan (its first photo's thumbnail, else its first image floor plan's).
 */
@Serdeable
record SpaceItem(Unit unit, Campus campus, Regions regions, Regions regionNames, @Nullable Double distanceKm,
                 @Nullable @Schema(nullable = true, description = "A JPEG 320 px wide of the unit's first photo") String thumbnailUrl) {

    @Serdeable
    record Unit(UUID id, String name, int labM2, int officeM2, String containment, String gmp,
                @JsonInclude(JsonInclude.Include.ALWAYS) List<String> features,
                String availableFrom, @Nullable String availableUntil, BigDecimal rentPerM2Year, int minTermMonths,
                @Nullable Integer maxTermMonths, String status, @Nullable String deliveryMonth, String lastConfirmed,
                List<String> rentCovers, BigDecimal totalRentPerYear) {
    }

    @Serdeable
    record Campus(String id, String name, String city, double lat, double lon, @Nullable String streetAddress,
                  @Nullable String postcode, @Nullable String town, boolean addressIsDemo, String routeUrl) {
    }

    static SpaceItem of(SpaceHitRow hit, RegionIndex names, Map<UUID, String> thumbnails) {
        UnitPart u = hit.unit();
        CampusPart c = hit.campus();
        return new SpaceItem(
                new Unit(u.id(), u.name(), u.labM2(), u.officeM2(), u.containment(), u.gmp(), u.features(),
                        Months.format(u.availableFrom()), Months.format(u.availableUntil()), u.rentPerM2Year(),
                        u.minTermMonths(), u.maxTermMonths(), u.status(), Months.format(u.deliveryMonth()),
                        u.lastConfirmed().toString(), u.rentCovers(),
                        u.totalRentPerYear()),
                new Campus(c.id(), c.name(), c.city(), c.lat(), c.lon(), c.address().street(), c.address().postcode(),
                        c.address().town(), c.address().demo(), RouteLink.to(c.lat(), c.lon())),
                new Regions(c.provinceCode(), c.coropCode(), c.romCode()),
                new Regions(names.name(c.provinceCode()), names.name(c.coropCode()), names.name(c.romCode())),
                Distances.km(hit.distanceMetres(), 2), thumbnails.get(u.id()));
    }
}
