package nl.labspace.insight.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.RegionTree;
import nl.labspace.db.whatif.BuildingRow;
import nl.labspace.db.whatif.NeedHome;
import nl.labspace.insight.whatif.ResultData.RanBuilding;
import nl.labspace.insight.whatif.ResultData.StoredCell;
import nl.labspace.insight.whatif.ResultData.StoredSum;
import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.domain.Unit;

/**
 * A scenario's result as cells, from the market solved without (before) and with (after) the buildings: unmet m² per
 * home region before and after and what the buildings absorbed; per building the m² let (and its pre-let share) and
 * the needs that move in, by origin province, size band and class; and where those needs were before (a campus, or
 * unmet). Every cell counts the distinct companies behind it for the disclosure rule; no need or company id leaves.
 */
final class ScenarioCells {

    static final String UNMET_BEFORE = "unmet-before-m2";
    static final String UNMET_AFTER = "unmet-after-m2";
    static final String ABSORBED = "absorbed-m2";
    static final String LET = "let-m2";
    static final String PRELET = "prelet-share";
    static final String NEEDS_IN = "moved-in-needs";
    static final String M2_IN = "moved-in-m2";
    static final String TAKEN_NEEDS = "taken-needs";
    static final String TAKEN_M2 = "taken-m2";
    static final String ALL = "all";
    static final String UNMET = "unmet";
    static final List<String> DIMENSIONS = List.of("from", "size", "class");

    /** The two solutions of one scenario run, on the market and on the market with the buildings. */
    record Solved(HypotheticalMarket.Added market, MatchingSolution before, MatchingSolution after) {
    }

    private ScenarioCells() {
    }

    static String id(String figure, String place) {
        return figure + "|" + place;
    }

    static String id(String figure, String place, String dimension, String value) {
        return figure + "|" + place + "|" + dimension + ":" + value;
    }

    static String building(int position) {
        return "b" + position;
    }

    static ResultData of(Solved solved, Map<UUID, NeedHome> homes, RegionTree tree, List<BuildingRow> buildings) {
        Tally tally = new Tally();
        Map<String, Unit> units = solved.market().instance().units().stream()
                .collect(Collectors.toMap(Unit::id, u -> u));
        Map<String, Assignment> before = byNeed(solved.before());
        Map<String, Assignment> after = byNeed(solved.after());
        RegionChain chain = new RegionChain(tree);
        chain.all().forEach(r -> List.of(UNMET_BEFORE, UNMET_AFTER, ABSORBED).forEach(f -> tally.open(id(f, r))));
        buildings.forEach(b -> List.of(LET, NEEDS_IN, M2_IN).forEach(f -> tally.open(id(f, building(b.values().position())))));
        List.of(NEEDS_IN, M2_IN).forEach(f -> tally.open(id(f, ALL)));
        List<String> takenFrom = new ArrayList<>();
        for (Need need : solved.market().instance().needs()) {
            UUID company = UUID.fromString(need.companyId());
            List<String> regions = chain.of(homes.get(UUID.fromString(need.id())));
            unmet(tally, need, company, regions, before.containsKey(need.id()), after.containsKey(need.id()));
            Assignment in = after.get(need.id());
            Integer position = in == null ? null : building(in, solved.market().buildingOfUnit(), units);
            if (position != null) {
                Assignment was = before.get(need.id());
                String origin = was == null ? UNMET : units.get(was.unitIds().get(0)).campusId();
                moveIn(tally, need, company, position, regions, origin, in, solved.market().buildingOfUnit(), units);
                takenFrom.add(origin);
            }
        }
        sums(tally, chain, buildings, takenFrom);
        List<RanBuilding> ran = buildings.stream().map(ScenarioCells::ran).toList();
        ran.forEach(b -> tally.derive(id(PRELET, building(b.position())),
                tally.value(id(LET, building(b.position()))) * 1000 / b.totalM2(), id(LET, building(b.position()))));
        return new ResultData(ran, tally.cells().stream().map(StoredCell::of).toList(),
                tally.sums().stream().map(s -> new StoredSum(s.total(), s.parts())).toList());
    }

    private static void unmet(Tally tally, Need need, UUID company, List<String> regions, boolean servedBefore,
                              boolean servedAfter) {
        for (String region : regions) {
            if (!servedBefore) {
                tally.add(id(UNMET_BEFORE, region), need.totalM2(), company);
            }
            if (!servedAfter) {
                tally.add(id(UNMET_AFTER, region), need.totalM2(), company);
            }
            if (servedBefore != servedAfter) {
                tally.add(id(ABSORBED, region), servedAfter ? need.totalM2() : -need.totalM2(), company);
            }
        }
    }

    /** The building that holds most of the need's area, or null when it took no hypothetical suite. */
    private static Integer building(Assignment in, Map<String, Integer> buildingOfUnit, Map<String, Unit> units) {
        Map<Integer, Integer> m2 = new HashMap<>();
        in.unitIds().stream().filter(buildingOfUnit::containsKey)
                .forEach(u -> m2.merge(buildingOfUnit.get(u), units.get(u).totalM2(), Integer::sum));
        return m2.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static void moveIn(Tally tally, Need need, UUID company, int position, List<String> regions, String origin,
                               Assignment in, Map<String, Integer> buildingOfUnit, Map<String, Unit> units) {
        in.unitIds().stream().filter(buildingOfUnit::containsKey).forEach(u -> tally.add(
                id(LET, building(buildingOfUnit.get(u))), units.get(u).totalM2(), company));
        Map<String, String> bands = Map.of("from", regions.get(1), "size", SizeBand.of(need.totalM2()),
                "class", need.containment().code());
        for (String place : List.of(building(position), ALL)) {
            tally.add(id(NEEDS_IN, place), 1, company);
            tally.add(id(M2_IN, place), need.totalM2(), company);
            bands.forEach((dimension, value) -> {
                tally.add(id(NEEDS_IN, place, dimension, value), 1, company);
                tally.add(id(M2_IN, place, dimension, value), need.totalM2(), company);
            });
        }
        tally.add(id(TAKEN_NEEDS, origin), 1, company);
        tally.add(id(TAKEN_M2, origin), need.totalM2(), company);
    }

    private static void sums(Tally tally, RegionChain chain, List<BuildingRow> buildings, List<String> takenFrom) {
        for (RegionTree.Partition p : chain.partitions()) {
            for (String figure : List.of(UNMET_BEFORE, UNMET_AFTER, ABSORBED)) {
                tally.sum(id(figure, p.whole()), p.parts().stream().map(part -> id(figure, part)).toList());
            }
        }
        chain.all().forEach(r -> tally.sum(id(UNMET_BEFORE, r), List.of(id(UNMET_AFTER, r), id(ABSORBED, r))));
        List<String> places = new ArrayList<>(buildings.stream().map(b -> building(b.values().position())).toList());
        places.add(ALL);
        Set<String> origins = Set.copyOf(takenFrom);
        for (String figure : List.of(NEEDS_IN, M2_IN)) {
            tally.sum(id(figure, ALL), places.stream().filter(p -> !ALL.equals(p)).map(p -> id(figure, p)).toList());
            tally.sum(id(figure, ALL), origins.stream().sorted()
                    .map(o -> id(NEEDS_IN.equals(figure) ? TAKEN_NEEDS : TAKEN_M2, o)).toList());
            for (String place : places) {
                for (String dimension : DIMENSIONS) {
                    tally.sum(id(figure, place), bandsOf(tally, figure, place, dimension));
                }
            }
        }
    }

    private static List<String> bandsOf(Tally tally, String figure, String place, String dimension) {
        String prefix = id(figure, place) + "|" + dimension + ":";
        return tally.cells().stream().map(c -> c.id()).filter(id -> id.startsWith(prefix)).toList();
    }

    private static RanBuilding ran(BuildingRow b) {
        var v = b.values();
        return new RanBuilding(v.position(), v.name(), v.campusId(), v.town(), b.provinceCode(), b.coropCode(),
                v.labM2(), v.officeM2(), v.suites());
    }

    private static Map<String, Assignment> byNeed(MatchingSolution solution) {
        return solution.assignments().stream().collect(Collectors.toMap(Assignment::needId, a -> a));
    }

    /** Which regions a need's demand counts in: the country, its province, ROM area and COROP region, or unplaced parts. */
    static final class RegionChain {

        private final RegionTree tree;
        private final Map<String, String> romOfProvince = new HashMap<>();

        RegionChain(RegionTree tree) {
            this.tree = tree;
            tree.partitions().stream().filter(p -> "rom".equals(tree.kinds().get(p.whole())))
                    .forEach(p -> p.parts().forEach(province -> romOfProvince.put(province, p.whole())));
        }

        /** The second entry is always the province or NL:unplaced (a move-in's origin). */
        List<String> of(NeedHome home) {
            List<String> regions = new ArrayList<>(List.of(CellKey.COUNTRY));
            if (home == null || home.provinceCode() == null) {
                regions.add(RegionTree.unplaced(CellKey.COUNTRY));
                return regions;
            }
            regions.add(home.provinceCode());
            regions.add(home.coropCode() == null ? RegionTree.unplaced(home.provinceCode()) : home.coropCode());
            if (romOfProvince.containsKey(home.provinceCode())) {
                regions.add(romOfProvince.get(home.provinceCode()));
            }
            return regions;
        }

        List<String> all() {
            List<String> all = new ArrayList<>(tree.kinds().keySet());
            tree.partitions().forEach(p -> p.parts().stream().filter(RegionTree::isUnplaced)
                    .filter(part -> !all.contains(part)).forEach(all::add));
            return all;
        }

        List<RegionTree.Partition> partitions() {
            return tree.partitions();
        }
    }
}
