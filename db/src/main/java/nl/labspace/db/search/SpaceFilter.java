package nl.labspace.db.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a space search asks for. Null means "no filter"; ranks are rungs of the containment and GMP ladders
 * (0 = none); campusId keeps one campus's units. confirmedSince is the oldest last_confirmed date that still counts as fresh.
 */
public record SpaceFilter(RegionRef region, String campusId, Circle near, int minContainmentRank, int minGmpRank,
                          List<String> features, Integer minLabM2, Integer minOfficeM2, LocalDate availableBy,
                          BigDecimal maxRent, boolean includePipeline, LocalDate confirmedSince) {

    public SpaceFilter {
        features = List.copyOf(features);
        if (confirmedSince == null) {
            throw new IllegalArgumentException("a space search needs a freshness cut-off");
        }
    }

    /** The same search without its point: for a query that has already limited the campuses to the radius. */
    public SpaceFilter withoutRadius() {
        return new SpaceFilter(region, campusId, null, minContainmentRank, minGmpRank, features, minLabM2, minOfficeM2,
                availableBy, maxRent, includePipeline, confirmedSince);
    }
}
