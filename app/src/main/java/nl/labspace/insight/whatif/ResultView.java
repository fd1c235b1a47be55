package nl.labspace.insight.whatif;

import static nl.labspace.insight.whatif.ScenarioCells.ABSORBED;
import static nl.labspace.insight.whatif.ScenarioCells.ALL;
import static nl.labspace.insight.whatif.ScenarioCells.LET;
import static nl.labspace.insight.whatif.ScenarioCells.M2_IN;
import static nl.labspace.insight.whatif.ScenarioCells.NEEDS_IN;
import static nl.labspace.insight.whatif.ScenarioCells.PRELET;
import static nl.labspace.insight.whatif.ScenarioCells.TAKEN_M2;
import static nl.labspace.insight.whatif.ScenarioCells.TAKEN_NEEDS;
import static nl.labspace.insight.whatif.ScenarioCells.UNMET;
import static nl.labspace.insight.whatif.ScenarioCells.UNMET_AFTER;
import static nl.labspace.insight.whatif.ScenarioCells.UNMET_BEFORE;
import static nl.labspace.insight.whatif.ScenarioCells.building;
import static nl.labspace.insight.whatif.ScenarioCells.id;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nl.labspace.account.Viewer;
import nl.labspace.db.insight.Cell;
import nl.labspace.db.insight.RegionTree;
import nl.labspace.db.insight.Suppression;
import nl.labspace.db.insight.Withheld;
import nl.labspace.db.whatif.ResultRow;
import nl.labspace.insight.whatif.ResultData.RanBuilding;
import nl.labspace.insight.whatif.ResultResponse.Band;
import nl.labspace.insight.whatif.ResultResponse.BuildingResult;
import nl.labspace.insight.whatif.ResultResponse.Origin;
import nl.labspace.insight.whatif.ResultResponse.RegionResult;

/**
 * A result as one reader may read it: the whole result's cells suppressed at once (the disclosure rule and, where it
 * applies, complementary suppression), then the regions the reader follows. Buildings are the reader's own and are
 * shown whole, under the same rule.
 */
final class ResultView {

    /** What a reader sees of the market's places: region names and levels, campus names. */
    record Names(RegionTree regions, Map<String, String> campuses) {
    }

    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private final Map<String, Withheld> withheld;

    private ResultView(ResultData data) {
        data.cells().forEach(c -> cells.put(c.id(), c.cell()));
        withheld = Suppression.apply(cells.values(), data.sums().stream().map(ResultData.StoredSum::sum).toList());
    }

    /** @param data null while the run has no figures; percent is the live progress of a solving run */
    static ResultResponse of(ResultRow row, int percent, ResultData data, Viewer viewer, Names names) {
        if (data == null) {
            return new ResultResponse(row.id(), row.status(), row.phase(), percent, row.marketDate(), row.startedAt(),
                    row.finishedAt(), row.seed(), row.steps(), row.needs(), row.units(), row.error(), null, null,
                    List.of(), List.of(), List.of());
        }
        ResultView view = new ResultView(data);
        return new ResultResponse(row.id(), row.status(), row.phase(), 100, row.marketDate(), row.startedAt(),
                row.finishedAt(), row.seed(), row.steps(), row.needs(), row.units(), row.error(),
                view.shown(id(NEEDS_IN, ALL)), view.shown(id(M2_IN, ALL)), view.regions(viewer, names.regions()),
                data.buildings().stream().map(view::buildingResult).toList(), view.origins(names.campuses()));
    }

    Shown shown(String id) {
        Withheld why = withheld.get(id);
        if (why != null) {
            return new Shown(null, why.code());
        }
        Cell cell = cells.get(id);
        return new Shown(cell == null ? 0L : cell.value(), null);
    }

    private List<RegionResult> regions(Viewer viewer, RegionTree tree) {
        Map<String, List<String>> parents = new HashMap<>();
        tree.partitions().forEach(p -> p.parts().forEach(part -> parents.computeIfAbsent(part, k -> new ArrayList<>()).add(p.whole())));
        String prefix = UNMET_BEFORE + "|";
        List<RegionResult> rows = new ArrayList<>();
        cells.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length()))
                .filter(code -> follows(viewer, code, parents))
                .forEach(code -> rows.add(new RegionResult(code, name(tree, code), level(tree, code),
                        shown(id(UNMET_BEFORE, code)), shown(id(UNMET_AFTER, code)), shown(id(ABSORBED, code)))));
        return rows;
    }

    /** Following a region includes every region inside it (a province's COROP regions and unplaced part). */
    private static boolean follows(Viewer viewer, String code, Map<String, List<String>> parents) {
        if (viewer.followsRegion(code)) {
            return true;
        }
        return parents.getOrDefault(code, List.of()).stream().anyMatch(p -> follows(viewer, p, parents));
    }

    private static String name(RegionTree tree, String code) {
        if (RegionTree.isUnplaced(code)) {
            String whole = code.substring(0, code.length() - RegionTree.UNPLACED_SUFFIX.length());
            return tree.names().getOrDefault(whole, whole);
        }
        return tree.names().getOrDefault(code, code);
    }

    private static String level(RegionTree tree, String code) {
        return RegionTree.isUnplaced(code) ? "unplaced" : tree.kind(code).orElse("unplaced");
    }

    private BuildingResult buildingResult(RanBuilding b) {
        String place = building(b.position());
        return new BuildingResult(b.position(), b.name(), b.campusId(), b.town(), b.provinceCode(), b.coropCode(),
                b.labM2(), b.officeM2(), b.suites(), shown(id(LET, place)), shown(id(PRELET, place)),
                shown(id(NEEDS_IN, place)), shown(id(M2_IN, place)), bands(place, "from"), bands(place, "size"),
                bands(place, "class"));
    }

    private List<Band> bands(String place, String dimension) {
        String prefix = id(M2_IN, place) + "|" + dimension + ":";
        return cells.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length()))
                .sorted().map(v -> new Band(v, shown(id(NEEDS_IN, place, dimension, v)), shown(id(M2_IN, place, dimension, v))))
                .toList();
    }

    private List<Origin> origins(Map<String, String> campuses) {
        String prefix = TAKEN_M2 + "|";
        TreeSet<String> from = new TreeSet<>();
        cells.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length())).forEach(from::add);
        List<Origin> origins = new ArrayList<>();
        for (String o : from) {
            boolean unmet = UNMET.equals(o);
            origins.add(new Origin(unmet ? null : o, unmet ? null : campuses.getOrDefault(o, o),
                    shown(id(TAKEN_NEEDS, o)), shown(id(TAKEN_M2, o))));
        }
        return origins;
    }
}
