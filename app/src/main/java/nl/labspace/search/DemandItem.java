package nl.labspace.search;

import java.util.List;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import nl.labspace.db.search.DemandHitRow;
import nl.labspace.web.Months;

/**
 * An open need as demand. It never names the company. A confidential need is only its anonymous requirement
 * (areas, class, window, region): no title, sector or features, its distance in whole km and its point (GeoJSON)
 * rounded to 0.1 degree, so repeated searches cannot pin it down.
 */
@Serdeable
public record DemandItem(UUID id, boolean anonymous, @Nullable String title, @Nullable String sector,
                  @Nullable List<String> features, int labM2, int officeM2, String containment, String gmp,
                  String moveInEarliest, String moveInLatest, int termMonths, Regions regions,
                  @Nullable Double distanceKm) {

    static final int VAGUE_DECIMALS = 1;

    static DemandItem of(DemandHitRow n) {
        boolean anonymous = n.confidential();
        return new DemandItem(n.id(), anonymous, anonymous ? null : n.title(), anonymous ? null : n.sector(),
                anonymous ? null : n.features(), n.labM2(), n.officeM2(), n.containment(), n.gmp(),
                Months.format(n.moveInEarliest()), Months.format(n.moveInLatest()), n.termMonths(),
                new Regions(n.homeProvinceCode(), n.homeCoropCode(), n.homeRomCode()),
                Distances.km(n.distanceMetres(), anonymous ? 0 : 2));
    }

    /** The point shown on a map: exact for an open need, rounded for a confidential one; null when it has none. */
    static double[] lonLat(DemandHitRow n) {
        if (n.lat() == null) {
            return null;
        }
        return n.confidential()
                ? new double[] {Distances.round(n.lon(), VAGUE_DECIMALS), Distances.round(n.lat(), VAGUE_DECIMALS)}
                : new double[] {n.lon(), n.lat()};
    }
}
