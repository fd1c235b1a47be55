package nl.labspace.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.labspace.account.Viewer;
import nl.labspace.db.insight.RegionTree;

/**
 * The cube's regions a viewer reads: those followed and every region (or unplaced part) inside one, as the RegionTree
 * nests them (a COROP region in its province, a province in its ROM area and in the country). Admins read all.
 */
final class FollowedTree {

    private final Viewer viewer;
    private final RegionTree regions;
    private final Map<String, List<String>> wholes = new HashMap<>();

    FollowedTree(Viewer viewer, RegionTree regions) {
        this.viewer = viewer;
        this.regions = regions;
        regions.partitions().forEach(p -> p.parts().forEach(
                part -> wholes.computeIfAbsent(part, k -> new ArrayList<>()).add(p.whole())));
    }

    boolean covers(String code) {
        return viewer.followsRegion(code) || wholes.getOrDefault(code, List.of()).stream().anyMatch(this::covers);
    }

    /** Whether the tree knows the code: a region, the country, or an unplaced part. */
    boolean knows(String code) {
        return regions.kinds().containsKey(code) || wholes.containsKey(code);
    }
}
