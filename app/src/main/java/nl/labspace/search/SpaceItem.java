package nl.labspace.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.labspace.db.search.CampusPart;
import nl.labspace.db.search.SpaceHitRow;
import nl.labspace.db.search.UnitPart;
import nl.labspace.web.Months;

/**
 * One unit in a space search result; distanceKm only when the search gave a point, thumbnailUrl only when the unit has
 * a photo or an image floor plan (its first photo's thumbnail, else its first image floor plan's).
 */
@Serdeable
record SpaceItem(Unit unit, Campus campus, Regions regions, @Nullable Double distanceKm,
                 @Nullable @Schema(nullable = true, description = "A JPEG 320 px wide of the unit's first photo") String thumbnailUrl) {

    @Serdeable
    record Unit(UUID id, String name, int labM2, int officeM2, String containment, String gmp,
                @JsonInclude(JsonInclude.Include.ALWAYS) List<String> features,
                String availableFrom, @Nullable String availableUntil, BigDecimal rentPerM2Year, int minTermMonths,
                @Nullable Integer maxTermMonths, String status, @Nullable String deliveryMonth, String lastConfirmed) {
    }

    @Serdeable
    record Campus(String id, String name, String city, double lat, double lon) {
    }

    static SpaceItem of(SpaceHitRow hit, Map<UUID, String> thumbnails) {
        UnitPart u = hit.unit();
        CampusPart c = hit.campus();
        return new SpaceItem(
                new Unit(u.id(), u.name(), u.labM2(), u.officeM2(), u.containment(), u.gmp(), u.features(),
                        Months.format(u.availableFrom()), Months.format(u.availableUntil()), u.rentPerM2Year(),
                        u.minTermMonths(), u.maxTermMonths(), u.status(), Months.format(u.deliveryMonth()),
                        u.lastConfirmed().toString()),
                new Campus(c.id(), c.name(), c.city(), c.lat(), c.lon()),
                new Regions(c.provinceCode(), c.coropCode(), c.romCode()),
                Distances.km(hit.distanceMetres(), 2), thumbnails.get(u.id()));
    }
}
