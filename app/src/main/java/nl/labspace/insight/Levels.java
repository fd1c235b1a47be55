package nl.labspace.insight;

import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.RegionTree;
import nl.labspace.db.insight.RegionTreeQuery;
import nl.labspace.db.market.RegionKind;

/** The level of a region in the cube, as rows and filters name it. */
final class Levels {

    static final String COUNTRY = RegionTreeQuery.COUNTRY_KIND;
    static final String ROM = RegionKind.ROM.code();
    static final String PROVINCE = RegionKind.PROVINCE.code();
    static final String COROP = RegionKind.COROP.code();
    static final String UNPLACED = "unplaced";

    private Levels() {
    }

    static String of(RegionTree tree, String region) {
        if (RegionTree.isUnplaced(region)) {
            return UNPLACED;
        }
        return CellKey.COUNTRY.equals(region) ? COUNTRY : tree.kind(region).orElse(UNPLACED);
    }
}
