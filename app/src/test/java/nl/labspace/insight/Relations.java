package nl.labspace.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.labspace.account.TestSql;

/**
 * The additive relations an attacker knows without the server's help, over every cell it has seen: the CBS geography
 * (the country by provinces and by ROM areas, a ROM area by provinces, a province by COROP regions, each with the
 * demand homed in none of them), each breakdown of "all" (containment, GMP, move-in quarter, size band, reason), and a
 * quarter by its months; and the flows': an origin's flows at each stage go somewhere, so they add up to its total at
 * every destination level, and a flow to a region is the flows to its parts. Ratios are left out: they are shown only
 * when their inputs are.
 */
final class Relations {

    /** Ratios do not add up: shown only when all their inputs are, they are no relation of their own. */
    private static final Set<String> RATIOS = Set.of("lab-office-ratio", "demand-vs-pipeline-18m", "prelet-share");

    private Relations() {
    }

    static void add(Differencing attacker, TestSql sql) {
        Set<String> cells = new TreeSet<>(attacker.shown.keySet());
        cells.addAll(attacker.withheld);
        cells.removeIf(c -> c.startsWith("run-") || RATIOS.contains(c.substring(0, c.indexOf('|'))));
        Geography geography = Geography.of(sql);
        regions(attacker, geography, cells);
        breakdowns(attacker, cells);
        quarters(attacker, cells);
        flows(attacker, geography, cells);
    }

    /** The CBS geography: each province's COROP regions (and its unplaced part), each ROM area's provinces, kinds. */
    private record Geography(Map<String, List<String>> provinces, Map<String, List<String>> roms, Map<String, String> kinds) {

        static Geography of(TestSql sql) {
            Map<String, List<String>> provinces = new LinkedHashMap<>();
            Map<String, List<String>> roms = new TreeMap<>();
            Map<String, String> kinds = new TreeMap<>();
            for (String line : sql.column("""
                    SELECT code || '|' || kind || '|' || coalesce(province_code, '') || '|' || coalesce(rom_code, '')
                    FROM region ORDER BY code""")) {
                String[] f = line.split("\\|", -1);
                kinds.put(f[0], f[1]);
                if ("province".equals(f[1])) {
                    provinces.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[0] + ":unplaced");
                    if (!f[3].isEmpty()) {
                        roms.computeIfAbsent(f[3], k -> new ArrayList<>()).add(f[0]);
                    }
                } else if ("corop".equals(f[1])) {
                    provinces.computeIfAbsent(f[2], k -> new ArrayList<>()).add(f[0]);
                }
            }
            return new Geography(provinces, roms, kinds);
        }
    }

    /**
     * flow-m2 cells (facet "stage:S" an origin's total at stage S, "stage:S>to:D" the part that went to D): the total
     * is the sum of the flows to the regions of one kind (every proposal lands on a campus, in a COROP region, a
     * province and a ROM area), and a flow to a province or ROM area is the sum of the flows to its parts.
     */
    private static void flows(Differencing attacker, Geography geography, Set<String> cells) {
        Map<String, Map<String, List<String>>> byKind = new TreeMap<>();
        for (String cell : cells) {
            String[] f = cell.split("\\|", -1);
            int to = f[3].indexOf(">to:");
            if (!"flow-m2".equals(f[0]) || to < 0) {
                continue;
            }
            String destination = f[3].substring(to + 4);
            String total = cell(f[0], f[1], f[2], f[3].substring(0, to));
            byKind.computeIfAbsent(total, k -> new TreeMap<>())
                    .computeIfAbsent(geography.kinds().getOrDefault(destination, destination), k -> new ArrayList<>()).add(cell);
            String prefix = f[3].substring(0, to + 4);
            relateDestination(attacker, f, prefix, destination, geography.provinces());
            relateDestination(attacker, f, prefix, destination, geography.roms());
        }
        byKind.forEach((total, kinds) -> kinds.values().forEach(parts -> attacker.relate(total, parts)));
    }

    private static void relateDestination(Differencing attacker, String[] flow, String prefix, String destination,
                                          Map<String, List<String>> partitions) {
        List<String> parts = partitions.get(destination);
        if (parts != null) {
            attacker.relate(cell(flow[0], flow[1], flow[2], prefix + destination),
                    parts.stream().map(p -> cell(flow[0], flow[1], flow[2], prefix + p)).toList());
        }
    }

    /**
     * One figure against others of the same region: open demand's m² is its lab plus its office m², and also its
     * matched, accepted, unmet and awaiting-run m² (every open need is in exactly one of them).
     */
    static void acrossFigures(Differencing attacker, String month) {
        Set<String> regions = new TreeSet<>();
        attacker.withheld.forEach(c -> regions.add(c.split("\\|", -1)[1]));
        attacker.shown.keySet().forEach(c -> regions.add(c.split("\\|", -1)[1]));
        for (String region : regions) {
            String at = "|" + region + "|" + month + "|all";
            attacker.relate("demand-m2" + at, List.of("demand-lab-m2" + at, "demand-office-m2" + at));
            attacker.relate("demand-m2" + at, List.of("matched-m2" + at, "accepted-m2" + at, "unmet-m2" + at,
                    "awaiting-run-m2" + at));
        }
    }

    private static void regions(Differencing attacker, Geography geography, Set<String> cells) {
        Map<String, List<String>> partitions = geography.provinces();
        Map<String, List<String>> roms = geography.roms();
        List<String> provinces = new ArrayList<>(partitions.keySet());
        List<String> byProvince = new ArrayList<>(provinces);
        byProvince.add("NL:unplaced");
        List<String> byRom = new ArrayList<>(roms.keySet());
        byRom.add("NL:unplaced");
        Set<String> slices = new TreeSet<>();
        for (String cell : cells) {
            String[] f = cell.split("\\|", -1);
            slices.add(f[0] + "|" + f[2] + "|" + f[3]);
        }
        for (String slice : slices) {
            String[] f = slice.split("\\|", -1);
            relate(attacker, f, "NL", byProvince);
            relate(attacker, f, "NL", byRom);
            roms.forEach((rom, parts) -> relate(attacker, f, rom, parts));
            partitions.forEach((province, parts) -> relate(attacker, f, province, parts));
        }
    }

    private static void relate(Differencing attacker, String[] slice, String whole, List<String> parts) {
        attacker.relate(cell(slice[0], whole, slice[1], slice[2]),
                parts.stream().map(p -> cell(slice[0], p, slice[1], slice[2])).toList());
    }

    /** all = Σ the values of one dimension (not due:within-18m, a subset of the pipeline). */
    private static void breakdowns(Differencing attacker, Set<String> cells) {
        Map<String, Map<String, List<String>>> byDimension = new TreeMap<>();
        for (String cell : cells) {
            String[] f = cell.split("\\|", -1);
            if (f[3].contains(":") && !f[3].startsWith("due:") && !f[3].startsWith("stage:")) {
                String dimension = f[3].substring(0, f[3].indexOf(':'));
                byDimension.computeIfAbsent(f[0] + "|" + f[1] + "|" + f[2], k -> new TreeMap<>())
                        .computeIfAbsent(dimension, k -> new ArrayList<>()).add(cell);
            }
        }
        byDimension.forEach((at, dimensions) -> dimensions.values()
                .forEach(parts -> attacker.relate(at + "|all", parts)));
    }

    private static void quarters(Differencing attacker, Set<String> cells) {
        Map<String, List<String>> months = new TreeMap<>();
        for (String cell : cells) {
            String[] f = cell.split("\\|", -1);
            if (f[2].matches("\\d{4}-\\d{2}")) {
                int m = Integer.parseInt(f[2].substring(5));
                String quarter = f[2].substring(0, 4) + "-Q" + ((m + 2) / 3);
                months.computeIfAbsent(cell(f[0], f[1], quarter, f[3]), k -> new ArrayList<>()).add(cell);
            }
        }
        months.forEach((quarter, parts) -> {
            if (cells.contains(quarter)) {
                attacker.relate(quarter, parts);
            }
        });
    }

    private static String cell(String figure, String region, String period, String facet) {
        return figure + "|" + region + "|" + period + "|" + facet;
    }
}
