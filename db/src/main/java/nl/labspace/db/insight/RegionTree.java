package nl.labspace.db.insight;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How regions nest, for the cube's additive relations: the country is its ROM areas and its provinces (and the demand
 * homed in no province); a ROM area is its provinces; a province is its COROP regions (and the demand homed in the
 * province but in none of them). The "unplaced" parts are regions of their own in the cube, coded by unplaced(code),
 * so that subtracting the parts from the whole never reveals them unguarded.
 *
 * @param names     every region's name by code, the country ("NL") included
 * @param kinds     every region's level by code: country, rom, province, corop (unplaced parts are not listed)
 * @param partitions every way a region splits into parts, unplaced parts included: the country twice (into
 *                   provinces, and into ROM areas), each ROM area into provinces, each province into COROP regions
 */
public record RegionTree(Map<String, String> names, Map<String, String> kinds, List<Partition> partitions) {

    /** A region is the sum of these parts. */
    public record Partition(String whole, List<String> parts) {
        public Partition {
            parts = List.copyOf(parts);
        }
    }

    public static final String UNPLACED_SUFFIX = ":unplaced";

    /** The part of a region homed in none of its sub-regions, e.g. "PV28:unplaced" or "NL:unplaced". */
    public static String unplaced(String code) {
        return code + UNPLACED_SUFFIX;
    }

    public static boolean isUnplaced(String code) {
        return code.endsWith(UNPLACED_SUFFIX);
    }

    /** Every region of the cube: those named, and the unplaced parts of the partitions. */
    public Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>(names.keySet());
        partitions.forEach(p -> codes.addAll(p.parts()));
        return codes;
    }

    public Optional<String> kind(String code) {
        return Optional.ofNullable(kinds.get(code));
    }
}
