package nl.labspace.insight;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import io.micronaut.core.annotation.Nullable;
import nl.labspace.account.Viewer;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.RegionTree;
import nl.labspace.db.market.RegionKind;

/**
 * Which regions of the cube a reader may see: anonymous visitors the country and its provinces (the public market
 * page); a fund manager the regions followed and the COROP regions and provinces inside them (FollowedRegions);
 * admins every region.
 */
record RegionScope(Predicate<String> shows) {

    static RegionScope publicFigures(RegionTree tree) {
        return new RegionScope(code -> CellKey.COUNTRY.equals(code)
                || tree.kind(code).filter(RegionKind.PROVINCE.code()::equals).isPresent());
    }

    static RegionScope of(Viewer viewer, RegionTree tree) {
        Map<String, String> parent = parents(tree);
        return new RegionScope(code -> {
            if (CellKey.COUNTRY.equals(code)) {
                return viewer.isAdmin() || viewer.wholeCountry();
            }
            String province = tree.kind(code).filter(RegionKind.COROP.code()::equals).isPresent() ? parent.get(code) : code;
            @Nullable String rom = province == null ? null : parent.get(province);
            return FollowedRegions.follows(viewer, code, province, rom);
        });
    }

    boolean includes(String code) {
        return shows.test(code);
    }

    /** A COROP region's province and a province's ROM area, from the tree's partitions. */
    private static Map<String, String> parents(RegionTree tree) {
        Map<String, String> parent = new HashMap<>();
        for (RegionTree.Partition p : tree.partitions()) {
            String kind = tree.kind(p.whole()).orElse("");
            if (kind.equals(RegionKind.PROVINCE.code()) || kind.equals(RegionKind.ROM.code())) {
                p.parts().forEach(part -> parent.put(part, p.whole()));
            }
        }
        return parent;
    }
}
