package nl.labspace.insight;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.micronaut.core.annotation.Nullable;
import nl.labspace.account.Roles;
import nl.labspace.account.Viewer;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.RegionTree;

/**
 * Which regions of the cube a caller reads: everyone (anonymous, companies, campus managers) the public page's
 * regions, the country and its provinces; admins and fund managers of the whole country also every other region; other
 * fund managers also the regions they follow and every region inside them (COROP regions, unplaced parts).
 */
final class RegionScope {

    private final RegionTree tree;
    private final Map<String, Set<String>> parents = new HashMap<>();

    RegionScope(RegionTree tree) {
        this.tree = tree;
        // the country contains everything; following it is wholeCountry, so its partitions add nothing here
        tree.partitions().stream().filter(p -> !CellKey.COUNTRY.equals(p.whole()))
                .forEach(p -> p.parts().forEach(part -> parents.computeIfAbsent(part, x -> new HashSet<>()).add(p.whole())));
    }

    boolean reads(@Nullable Viewer viewer, String region) {
        return isPublic(region) || viewer != null && follows(viewer, region);
    }

    /**
     * Whether the region is an admin's, or one a fund manager follows or lies inside one (the public regions not
     * included): flows and trends, which are for fund managers of their own regions and admins, ask only this.
     */
    boolean follows(Viewer viewer, String region) {
        return viewer.isAdmin() || Roles.FUND_MANAGER.equals(viewer.role()) && (viewer.wholeCountry() || followsOrInside(viewer, region));
    }

    /** The public page's regions: the country and the provinces. */
    boolean isPublic(String region) {
        String level = Levels.of(tree, region);
        return Levels.COUNTRY.equals(level) || Levels.PROVINCE.equals(level);
    }

    private boolean followsOrInside(Viewer viewer, String region) {
        if (viewer.followsRegion(region)) {
            return true;
        }
        return parents.getOrDefault(region, Set.of()).stream().anyMatch(p -> followsOrInside(viewer, p));
    }
}
