package nl.labspace.db.insight;

import java.util.List;
import java.util.UUID;

/**
 * Market rows that agree on everything a figure tells apart, counted together: whose (company, null for what
 * campuses publish), where (the regions of each level, null when there is none), when (the periods they count in) and
 * which facets they fall in ("all" among them), with how many rows and their lab and office m².
 */
public record Fact(UUID company, String province, String corop, String rom, List<String> periods, List<String> facets,
                   long rows, long labM2, long officeM2) {

    public Fact {
        periods = List.copyOf(periods);
        facets = List.copyOf(facets);
    }
}
