package nl.labspace.db.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a demand search asks for; null means "no filter". The move-in window [moveInFrom, moveInTo] keeps needs
 * whose own window overlaps it. followedRegions limits the result to needs whose home province, COROP region or
 * ROM area is one of them (a regional fund manager); null means every need.
 */
public record DemandFilter(RegionRef region, Circle near, int minContainmentRank, int minGmpRank, Integer minLabM2,
                           LocalDate moveInFrom, LocalDate moveInTo, String sector, Set<String> followedRegions) {

    public DemandFilter {
        followedRegions = followedRegions == null ? null : Set.copyOf(followedRegions);
    }
}
