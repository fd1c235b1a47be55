package nl.labspace.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import nl.labspace.db.insight.Cell;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Figure;
import nl.labspace.db.insight.FlowRow;
import nl.labspace.db.insight.FlowStage;
import nl.labspace.db.insight.RegionTree;
import nl.labspace.db.insight.RegionTree.Partition;
import nl.labspace.db.insight.Sum;
import nl.labspace.db.insight.Withheld;
import org.junit.jupiter.api.Test;

/**
 * The flow cells and the additive relations they declare, on a small made-up country (two ROM areas, three provinces,
 * four COROP regions) and seeded random needs, some homed in no COROP region or no province: every declared sum holds,
 * every flow is guarded by one, and the inside share is worked out from the cells and withheld with them.
 */
class FlowRelationsTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 12);
    private static final Map<String, String[]> COROPS = Map.of(
            "CR1A", new String[] {"PV1", "ROMA"}, "CR1B", new String[] {"PV1", "ROMA"},
            "CR2A", new String[] {"PV2", "ROMA"}, "CR3A", new String[] {"PV3", "ROMB"});

    @Test
    void everyDeclaredSumHoldsAndEveryFlowIsInOne() {
        CubeBuilder cube = new CubeBuilder(country(), MONTH);
        FlowCells.addTo(cube, rows(new Random(18), 400));
        Map<CellKey, Cell> cells = cube.cells();
        Map<String, Long> byId = new java.util.HashMap<>();
        cells.values().forEach(c -> byId.put(c.id(), c.value()));

        assertThat(cube.sums()).hasSizeGreaterThan(50);
        for (Sum sum : cube.sums()) {
            assertThat(byId).as("total of %s", sum).containsKey(sum.total());
            assertThat(sum.parts().stream().mapToLong(p -> byId.getOrDefault(p, 0L)).sum()).as(sum.toString())
                    .isEqualTo(byId.get(sum.total()));
        }
        List<String> guarded = cube.sums().stream().flatMap(s -> s.parts().stream()).toList();
        cells.keySet().stream().filter(k -> k.figure() == Figure.FLOW_M2 && k.facet().contains(">to:"))
                .forEach(k -> assertThat(guarded).as("a sum over " + k.id()).contains(k.id()));
        assertThat(cells.keySet()).as("flows from an unplaced part at every level")
                .anyMatch(k -> k.region().equals("NL:unplaced") && k.facet().endsWith(">to:ROMB"))
                .anyMatch(k -> k.region().equals("NL:unplaced") && k.facet().endsWith(">to:CR3A"))
                .anyMatch(k -> k.region().equals("PV1:unplaced") && k.facet().endsWith(">to:CR1B"));
    }

    @Test
    void theInsideShareIsWorkedOutFromTheCellsAndWithheldWithThem() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID d = UUID.randomUUID();
        CubeBuilder builder = new CubeBuilder(country(), MONTH);
        FlowCells.addTo(builder, List.of(
                row(FlowStage.PROPOSED, a, 300, "CR1A", "CR1B"), row(FlowStage.PROPOSED, b, 100, "CR1A", "CR1A"),
                row(FlowStage.PROPOSED, d, 200, "CR1B", "CR1A"), row(FlowStage.PROPOSED, c, 100, "CR1B", "CR3A"),
                row(FlowStage.LEASED, a, 250, "CR2A", "CR2A")));
        Cube cube = builder.build();

        CellKey cr1a = new CellKey(Figure.FLOW_INSIDE_SHARE, "CR1A", "2026-12", "stage:proposed");
        assertThat(cube.shown(cr1a)).as("the flow inside CR1A comes from one company").isEmpty();
        assertThat(cube.withheld(cr1a)).contains(Withheld.FEW_COMPANIES);
        CellKey pv2 = new CellKey(Figure.FLOW_INSIDE_SHARE, "PV2", "2026-12", "stage:leased");
        assertThat(cube.shown(pv2)).isEmpty();
        assertThat(cube.withheld(pv2)).contains(Withheld.FEW_COMPANIES);
        assertThat(cube.keys()).as("no share of nothing")
                .doesNotContain(new CellKey(Figure.FLOW_INSIDE_SHARE, "PV3", "2026-12", "stage:accepted"));
    }

    @Test
    void aShareShowsOnlyWhenItsTotalAndItsInsideFlowShow() {
        CubeBuilder builder = new CubeBuilder(country(), MONTH);
        FlowCells.addTo(builder, rows(new Random(5), 60));
        Cube cube = builder.build();
        int shown = 0;
        for (CellKey share : cube.keys().stream().filter(k -> k.figure() == Figure.FLOW_INSIDE_SHARE).toList()) {
            CellKey total = new CellKey(Figure.FLOW_M2, share.region(), share.period(), share.facet());
            CellKey inside = new CellKey(Figure.FLOW_M2, share.region(), share.period(), share.facet() + ">to:" + share.region());
            boolean insideShown = !cube.keys().contains(inside) || cube.shown(inside).isPresent();
            if (cube.shown(total).isPresent() && insideShown) {
                long in = cube.shown(inside).orElse(0L);
                assertThat(cube.shown(share)).as(share.id()).contains(Math.round(1000.0 * in / cube.shown(total).orElseThrow()));
                shown++;
            } else {
                assertThat(cube.shown(share)).as(share.id()).isEmpty();
                assertThat(cube.withheld(share)).as(share.id()).isPresent();
            }
        }
        assertThat(shown).as("shares shown").isPositive();
    }

    private static List<FlowRow> rows(Random random, int count) {
        List<String> corops = new ArrayList<>(new java.util.TreeSet<>(COROPS.keySet()));
        List<UUID> companies = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<FlowRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FlowStage stage = FlowStage.values()[random.nextInt(3)];
            UUID company = companies.get(random.nextInt(companies.size()));
            String home = corops.get(random.nextInt(corops.size()));
            FlowRow row = row(stage, company, 50 + random.nextInt(2000), home, corops.get(random.nextInt(corops.size())));
            int place = random.nextInt(6);
            rows.add(place == 0 ? new FlowRow(stage, company, row.m2(), null, null, null, row.toProvince(), row.toCorop(), row.toRom())
                    : place == 1 ? new FlowRow(stage, company, row.m2(), row.homeProvince(), null, row.homeRom(),
                            row.toProvince(), row.toCorop(), row.toRom()) : row);
        }
        return rows;
    }

    private static FlowRow row(FlowStage stage, UUID company, long m2, String homeCorop, String toCorop) {
        String[] home = COROPS.get(homeCorop);
        String[] to = COROPS.get(toCorop);
        return new FlowRow(stage, company, m2, home[0], homeCorop, home[1], to[0], toCorop, to[1]);
    }

    private static RegionTree country() {
        Map<String, String> kinds = new java.util.LinkedHashMap<>();
        kinds.put("NL", "country");
        List.of("ROMA", "ROMB").forEach(r -> kinds.put(r, "rom"));
        List.of("PV1", "PV2", "PV3").forEach(p -> kinds.put(p, "province"));
        COROPS.keySet().forEach(c -> kinds.put(c, "corop"));
        Map<String, String> names = new java.util.LinkedHashMap<>();
        kinds.keySet().forEach(k -> names.put(k, "Region " + k));
        return new RegionTree(names, kinds, List.of(
                new Partition("NL", List.of("PV1", "PV2", "PV3", "NL:unplaced")),
                new Partition("NL", List.of("ROMA", "ROMB", "NL:unplaced")),
                new Partition("ROMA", List.of("PV1", "PV2")), new Partition("ROMB", List.of("PV3")),
                new Partition("PV1", List.of("CR1A", "CR1B", "PV1:unplaced")),
                new Partition("PV2", List.of("CR2A", "PV2:unplaced")), new Partition("PV3", List.of("CR3A", "PV3:unplaced"))));
    }
}
