package nl.labspace.db.insight;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A synthetic cube shaped like the national one: the country by provinces and by ROM areas (pairs of provinces), a
 * province by COROP regions and its unplaced part; facets that partition "all"; months that make quarters. Leaves
 * are drawn (a third empty, one in six from one or two companies), every other cell is the sum of its leaves with
 * the union of their companies, as the cube's parts count them.
 */
final class RandomCube {

    /** A cell's value and companies while aggregating: their ids only while fewer than three. */
    private record Agg(long value, int companies, Set<UUID> few) {
        Agg plus(Agg o) {
            Set<UUID> ids = new HashSet<>(few);
            ids.addAll(o.few);
            boolean many = companies >= Disclosure.MIN_COMPANIES || o.companies >= Disclosure.MIN_COMPANIES
                    || ids.size() >= Disclosure.MIN_COMPANIES;
            return many ? new Agg(value + o.value, Math.max(3, companies + o.companies), Set.of())
                    : new Agg(value + o.value, ids.size(), ids);
        }
    }

    private static final Agg NONE = new Agg(0, 0, Set.of());

    private final Random random;
    private final Map<String, List<String>> regions = new LinkedHashMap<>();
    private final List<String> leafRegions = new ArrayList<>();
    private final List<String> facets = new ArrayList<>();
    private final Map<String, List<String>> quarters = new LinkedHashMap<>();
    private final Map<String, Agg> cells = new LinkedHashMap<>();
    private final Table table = new Table();

    private RandomCube(Random random) {
        this.random = random;
    }

    /** A cube of about provinces x 6 regions x (facets + 1) x quarters x 4 periods cells. */
    static Table of(Random random, int provinces, int facetCount, int quarterCount) {
        RandomCube cube = new RandomCube(random);
        cube.shape(provinces, facetCount, quarterCount);
        cube.leaves();
        cube.aggregate();
        cube.cells.forEach((id, a) -> cube.table.cells.put(id, new Cell(id, a.value(), a.companies(), a.few())));
        return cube.table;
    }

    private void shape(int provinces, int facetCount, int quarterCount) {
        List<String> byProvince = new ArrayList<>();
        List<String> byRom = new ArrayList<>();
        for (int p = 0; p < provinces; p++) {
            String province = "PV" + p;
            List<String> parts = new ArrayList<>();
            for (int c = 0, n = 1 + random.nextInt(6); c < n; c++) {
                parts.add(province + "-CR" + c);
            }
            parts.add(RegionTree.unplaced(province));
            leafRegions.addAll(parts);
            regions.put(province, parts);
            byProvince.add(province);
            if (p % 2 == 1) {
                regions.put("ROM" + p, List.of("PV" + (p - 1), province));
                byRom.add("ROM" + p);
            }
        }
        leafRegions.add(RegionTree.unplaced("NL"));
        byProvince.add(RegionTree.unplaced("NL"));
        regions.put("NL", byProvince);
        if (provinces % 2 == 0) {
            byRom.add(RegionTree.unplaced("NL"));
            regions.put("NL ", byRom);
        }
        for (int f = 0; f < facetCount; f++) {
            facets.add("f" + f);
        }
        for (int q = 0; q < quarterCount; q++) {
            quarters.put("Q" + q, List.of("Q" + q + "M0", "Q" + q + "M1", "Q" + q + "M2"));
        }
        if (quarterCount == 0) {
            quarters.put("M", List.of("M"));
        }
    }

    private void leaves() {
        for (List<String> months : quarters.values()) {
            for (String month : months) {
                for (String region : leafRegions) {
                    for (String facet : facets) {
                        cells.put(id(region, month, facet), leaf());
                    }
                }
            }
        }
    }

    private Agg leaf() {
        int draw = random.nextInt(12);
        if (draw < 4) {
            return NONE;
        }
        if (draw < 6) {
            Set<UUID> few = draw == 4 ? Set.of(new UUID(random.nextLong(), 1)) : Set.of(Table.A, Table.B);
            return new Agg(50 + random.nextInt(500), few.size(), few);
        }
        return new Agg(100 + random.nextInt(2000), 3 + random.nextInt(20), Set.of());
    }

    /** Facets into "all", months into quarters, regions upward (provinces before ROM areas and the country). */
    private void aggregate() {
        List<String> periods = new ArrayList<>();
        quarters.values().forEach(periods::addAll);
        for (String period : periods) {
            for (String region : leafRegions) {
                add(id(region, period, "all"), facets.stream().map(f -> id(region, period, f)).toList());
            }
        }
        List<String> allFacets = new ArrayList<>(facets);
        allFacets.add("all");
        for (Map.Entry<String, List<String>> q : quarters.entrySet()) {
            for (String region : leafRegions) {
                for (String facet : allFacets) {
                    add(id(region, q.getKey(), facet), q.getValue().stream().map(m -> id(region, m, facet)).toList());
                }
            }
        }
        periods.addAll(quarters.keySet());
        regions.forEach((whole, parts) -> {
            for (String period : periods) {
                for (String facet : allFacets) {
                    add(id(whole.strip(), period, facet), parts.stream().map(r -> id(r, period, facet)).toList());
                }
            }
        });
        declareFacetAndQuarterSums(periods, allFacets);
    }

    /** Aggregate cells of regions other than leaves also split by facet and by month: declare those Sums too. */
    private void declareFacetAndQuarterSums(List<String> periods, List<String> allFacets) {
        for (String region : regions.keySet()) {
            if (!region.equals(region.strip())) {
                continue;
            }
            for (String period : periods) {
                table.sum(id(region, period, "all"), facets.stream().map(f -> id(region, period, f)).toArray(String[]::new));
            }
            for (Map.Entry<String, List<String>> q : quarters.entrySet()) {
                for (String facet : allFacets) {
                    table.sum(id(region, q.getKey(), facet),
                            q.getValue().stream().map(m -> id(region, m, facet)).toArray(String[]::new));
                }
            }
        }
    }

    private void add(String total, List<String> parts) {
        Agg sum = NONE;
        for (String part : parts) {
            sum = sum.plus(cells.get(part));
        }
        cells.putIfAbsent(total, sum);
        table.sum(total, parts.toArray(String[]::new));
    }

    private static String id(String region, String period, String facet) {
        return region + "|" + period + "|" + facet;
    }
}
