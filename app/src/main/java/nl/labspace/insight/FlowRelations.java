package nl.labspace.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Figure;
import nl.labspace.db.insight.FlowStage;
import nl.labspace.db.insight.RegionTree;
import nl.labspace.db.insight.RegionTree.Partition;
import nl.labspace.db.market.RegionKind;

/**
 * The additive relations of the flow cells, so that suppression guards every subtraction a reader could make: an
 * origin's total is the sum of its flows at each destination level; a region's total is the sum of its parts'
 * (RegionTree); a flow to a region is the sum of the flows to its parts (demand homed in no province goes to every
 * level); and a flow between two regions is the sum of the flows between their parts (province to province is
 * COROP regions to COROP regions, ROM area to ROM area is provinces to provinces). A cell that does not exist is zero,
 * and shown as such, so it is left out of a sum. Also the share of each region's demand served inside it.
 */
final class FlowRelations {

    private final CubeBuilder cube;
    private final Set<CellKey> cells;
    private final String period;
    private final Map<String, Partition> split = new LinkedHashMap<>();

    FlowRelations(CubeBuilder cube, Set<CellKey> cells) {
        this.cube = cube;
        this.cells = cells;
        this.period = cube.month().toString();
        cube.regions().partitions().stream().filter(p -> !CellKey.COUNTRY.equals(p.whole()))
                .forEach(p -> split.put(p.whole(), p));
    }

    void declare() {
        for (FlowStage stage : FlowStage.values()) {
            for (Partition p : cube.regions().partitions()) {
                cube.sum(total(p.whole(), stage), p.parts().stream().map(part -> total(part, stage)).toList());
            }
            byOrigin(stage).forEach((origin, flows) -> originSums(origin, stage, flows));
            split.values().forEach(p -> betweenParts(p, stage));
            insideShares(stage);
        }
    }

    /** An origin's total is its flows to each level; a flow to a region is the flows to its parts. */
    private void originSums(String origin, FlowStage stage, List<CellKey> flows) {
        Map<String, List<CellKey>> byLevel = new LinkedHashMap<>();
        flows.forEach(f -> byLevel.computeIfAbsent(level(f), l -> new ArrayList<>()).add(f));
        byLevel.values().forEach(level -> cube.sum(total(origin, stage), level));
        for (CellKey f : flows) {
            Partition to = split.get(destination(f));
            if (to != null) {
                sumOfExisting(f, to.parts().stream().map(d -> flow(origin, stage, d)).toList());
            }
        }
    }

    /** A flow from a whole to a region is the flows from the whole's parts to that region's parts. */
    private void betweenParts(Partition from, FlowStage stage) {
        for (Partition to : split.values()) {
            CellKey whole = flow(from.whole(), stage, to.whole());
            if (cells.contains(whole)) {
                sumOfExisting(whole, from.parts().stream()
                        .flatMap(o -> to.parts().stream().map(d -> flow(o, stage, d))).toList());
            }
        }
    }

    private void insideShares(FlowStage stage) {
        cube.regions().kinds().forEach((code, kind) -> {
            if (RegionKind.of(kind).isPresent()) {
                cube.ratio(new CellKey(Figure.FLOW_INSIDE_SHARE, code, period, FlowFacet.total(stage)),
                        List.of(flow(code, stage, code)), List.of(total(code, stage)));
            }
        });
    }

    private void sumOfExisting(CellKey total, List<CellKey> parts) {
        List<CellKey> existing = parts.stream().filter(cells::contains).toList();
        if (!existing.isEmpty()) {
            cube.sum(total, existing);
        }
    }

    private Map<String, List<CellKey>> byOrigin(FlowStage stage) {
        Map<String, List<CellKey>> flows = new LinkedHashMap<>();
        for (CellKey key : cells) {
            FlowFacet.parse(key.facet()).filter(f -> f.stage() == stage && f.to() != null)
                    .ifPresent(f -> flows.computeIfAbsent(key.region(), o -> new ArrayList<>()).add(key));
        }
        return flows;
    }

    private String level(CellKey flow) {
        return cube.regions().kind(destination(flow)).orElse("");
    }

    private static String destination(CellKey flow) {
        return FlowFacet.parse(flow.facet()).map(FlowFacet::to).orElseThrow();
    }

    private CellKey total(String region, FlowStage stage) {
        return new CellKey(Figure.FLOW_M2, region, period, FlowFacet.total(stage));
    }

    private CellKey flow(String origin, FlowStage stage, String destination) {
        return new CellKey(Figure.FLOW_M2, origin, period, FlowFacet.to(stage, destination));
    }
}
