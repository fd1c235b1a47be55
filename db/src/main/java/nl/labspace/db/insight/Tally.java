package nl.labspace.db.insight;

import java.util.Set;
import java.util.UUID;

/**
 * One aggregate of fine-grained market rows (units, needs, proposals) in one region, period and facet: how many rows,
 * their lab and office m², and how many distinct companies they come from, with those companies' ids only while
 * there are fewer than Disclosure.MIN_COMPANIES of them (what suppression needs, and no more).
 *
 * @param region a region code, "NL", or an unplaced part (RegionTree.unplaced)
 * @param period "YYYY-MM" or "YYYY-Qn"
 * @param facet  "all" or "dimension:value"
 */
public record Tally(String region, String period, String facet, long rows, long labM2, long officeM2, int companies,
                    Set<UUID> few) {

    public Tally {
        few = Set.copyOf(few);
    }

    /** Lab and office together. */
    public long m2() {
        return labM2 + officeM2;
    }
}
