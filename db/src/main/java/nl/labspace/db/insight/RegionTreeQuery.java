package nl.labspace.db.insight;

import static nl.labspace.db.generated.Tables.REGION;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.labspace.db.market.RegionKind;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads the region table into a RegionTree. */
public final class RegionTreeQuery {

    public static final String COUNTRY_KIND = "country";
    private static final String COUNTRY_BY_ROM = "NL by ROM area";

    private final DSLContext dsl;

    public RegionTreeQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public RegionTree tree() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        Map<String, List<String>> provinces = new LinkedHashMap<>();
        Map<String, List<String>> roms = new LinkedHashMap<>();
        Map<String, List<String>> corops = new LinkedHashMap<>();
        names.put(CellKey.COUNTRY, "Nederland");
        kinds.put(CellKey.COUNTRY, COUNTRY_KIND);
        for (Record r : dsl.select(REGION.CODE, REGION.KIND, REGION.NAME, REGION.PROVINCE_CODE, REGION.ROM_CODE)
                .from(REGION).orderBy(REGION.CODE).fetch()) {
            String code = r.get(REGION.CODE);
            names.put(code, r.get(REGION.NAME));
            kinds.put(code, r.get(REGION.KIND));
            if (RegionKind.PROVINCE.code().equals(r.get(REGION.KIND))) {
                add(provinces, CellKey.COUNTRY, code);
                add(roms, r.get(REGION.ROM_CODE), code);
                add(corops, code, RegionTree.unplaced(code));
            } else if (RegionKind.COROP.code().equals(r.get(REGION.KIND))) {
                add(corops, r.get(REGION.PROVINCE_CODE), code);
            } else if (RegionKind.ROM.code().equals(r.get(REGION.KIND))) {
                add(provinces, COUNTRY_BY_ROM, code);
            }
        }
        String unplaced = RegionTree.unplaced(CellKey.COUNTRY);
        List<RegionTree.Partition> partitions = new ArrayList<>();
        partitions.add(new RegionTree.Partition(CellKey.COUNTRY, plus(provinces.get(CellKey.COUNTRY), unplaced)));
        partitions.add(new RegionTree.Partition(CellKey.COUNTRY, plus(provinces.get(COUNTRY_BY_ROM), unplaced)));
        roms.forEach((rom, parts) -> partitions.add(new RegionTree.Partition(rom, parts)));
        corops.forEach((province, parts) -> partitions.add(new RegionTree.Partition(province, parts)));
        return new RegionTree(names, kinds, partitions);
    }

    private static List<String> plus(List<String> parts, String more) {
        List<String> all = new ArrayList<>(parts);
        all.add(more);
        return all;
    }

    private static void add(Map<String, List<String>> children, String parent, String child) {
        children.computeIfAbsent(parent, p -> new ArrayList<>()).add(child);
    }
}
