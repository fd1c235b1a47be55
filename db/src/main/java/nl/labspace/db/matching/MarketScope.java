package nl.labspace.db.matching;

import java.util.List;
import java.util.TreeSet;

/**
 * The part of the market a run matches: the whole country, or the campuses and the needs (by their home region)
 * in a set of provinces, COROP regions or ROM areas.
 */
public record MarketScope(List<String> regionCodes) {

    public static final String NATIONAL = "national";

    public MarketScope {
        regionCodes = List.copyOf(new TreeSet<>(regionCodes == null ? List.of() : regionCodes));
    }

    public boolean national() {
        return regionCodes.isEmpty();
    }

    /** One key per scope: at most one run at a time per key (matching_run_one_active_per_scope). */
    public String key() {
        return national() ? NATIONAL : String.join(",", regionCodes);
    }
}
