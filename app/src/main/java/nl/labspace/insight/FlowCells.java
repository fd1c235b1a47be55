package nl.labspace.insight;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Disclosure;
import nl.labspace.db.insight.Figure;
import nl.labspace.db.insight.FlowRow;
import nl.labspace.db.insight.FlowStage;
import nl.labspace.db.insight.RegionTree;

/**
 * Tallies flow rows into flow-m2 cells. A need counts once in the total of its home region at every level (the
 * country, its province, COROP region and ROM area, or the unplaced part standing in for one it lacks) and once in the
 * flow from each of those to the campus's region of the same level: province to province, COROP region to COROP
 * region, ROM area to ROM area; demand homed in no province goes from "NL:unplaced" to every level.
 */
final class FlowCells {

    private static final class Tally {
        long m2;
        final Set<UUID> companies = new HashSet<>();
    }

    private final RegionTree regions;
    private final String period;
    private final Map<CellKey, Tally> tallies = new LinkedHashMap<>();

    private FlowCells(RegionTree regions, String period) {
        this.regions = regions;
        this.period = period;
    }

    static void addTo(CubeBuilder cube, List<FlowRow> rows) {
        FlowCells cells = new FlowCells(cube.regions(), cube.month().toString());
        cells.zeroTotals();
        rows.forEach(cells::count);
        cells.tallies.forEach((key, t) -> cube.add(key, t.m2, t.companies.size(),
                t.companies.size() < Disclosure.MIN_COMPANIES ? t.companies : Set.of()));
        new FlowRelations(cube, cells.tallies.keySet()).declare();
    }

    /** Every region has a total at every stage, zero or not, so that every region partition is complete. */
    private void zeroTotals() {
        Set<String> codes = new LinkedHashSet<>(regions.kinds().keySet());
        regions.partitions().forEach(p -> codes.addAll(p.parts()));
        for (FlowStage stage : FlowStage.values()) {
            codes.forEach(code -> tallies.put(total(code, stage), new Tally()));
        }
    }

    private void count(FlowRow row) {
        String unplaced = RegionTree.unplaced(CellKey.COUNTRY);
        String province = row.homeProvince() == null ? unplaced : row.homeProvince();
        String rom = row.homeRom() == null ? unplaced : row.homeRom();
        String corop = row.homeCorop() != null ? row.homeCorop()
                : row.homeProvince() != null ? RegionTree.unplaced(row.homeProvince()) : unplaced;
        Set<CellKey> keys = new LinkedHashSet<>();
        for (String origin : List.of(CellKey.COUNTRY, province, rom, corop)) {
            keys.add(total(origin, row.stage()));
        }
        keys.add(flow(province, row.stage(), row.toProvince()));
        keys.add(flow(rom, row.stage(), row.toRom()));
        keys.add(flow(corop, row.stage(), row.toCorop()));
        for (CellKey key : keys) {
            Tally t = tallies.computeIfAbsent(key, k -> new Tally());
            t.m2 += row.m2();
            t.companies.add(row.companyId());
        }
    }

    private CellKey total(String region, FlowStage stage) {
        return new CellKey(Figure.FLOW_M2, region, period, FlowFacet.total(stage));
    }

    private CellKey flow(String origin, FlowStage stage, String destination) {
        return new CellKey(Figure.FLOW_M2, origin, period, FlowFacet.to(stage, destination));
    }
}
