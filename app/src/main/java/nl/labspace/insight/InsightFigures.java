package nl.labspace.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Figure;
import nl.labspace.db.insight.RegionTree;
import nl.labspace.web.NotFound;

/**
 * The insight cube's figures as tidy rows, for the API, the CSV download and the pages: one door for every figure
 * that leaves the server. Who reads which regions is RegionScope's; what is withheld is the cube's.
 */
@Singleton
public class InsightFigures {

    private record Rows(Cube cube, List<FigureRow> rows) {
    }

    private static final Comparator<FigureRow> ORDER = Comparator.comparing(FigureRow::region)
            .thenComparing(FigureRow::period).thenComparing(r -> CellKey.ALL.equals(r.facet()) ? "" : r.facet());

    private static final Set<String> FLOWS = Set.of(Figure.FLOW_M2.code(), Figure.FLOW_INSIDE_SHARE.code());

    private final InsightCube cubes;
    private volatile Rows last;

    InsightFigures(InsightCube cubes) {
        this.cubes = cubes;
    }

    /** The rows a viewer may read (null: anonymous) that the filter keeps; 404 for a region the viewer may not read. */
    public List<FigureRow> rows(@Nullable Viewer viewer, FigureFilter filter) {
        Rows all = all();
        RegionScope scope = new RegionScope(all.cube().regions());
        filter.regionAsked().ifPresent(region -> {
            if (!all.cube().regions().codes().contains(region) || !scope.reads(viewer, region)) {
                throw new NotFound("region %s does not exist".formatted(region));
            }
        });
        return all.rows().stream().filter(filter::keeps).filter(r -> mayRead(viewer, scope, r)).toList();
    }

    // Flows are for fund managers of the regions they follow and admins, as on the flows endpoint: the public page
    // and a fund manager reading a province not followed get the other figures only.
    private static boolean mayRead(@Nullable Viewer viewer, RegionScope scope, FigureRow r) {
        boolean flow = FLOWS.contains(r.figure());
        return flow ? viewer != null && scope.follows(viewer, r.region()) : scope.reads(viewer, r.region());
    }

    /** The public page's rows (the country and its provinces), as anyone reads them. */
    public List<FigureRow> publicRows(FigureFilter filter) {
        return rows(null, filter);
    }

    /** The cube the rows come from (its month is the period of the stock figures). */
    public Cube cube() {
        return all().cube();
    }

    private Rows all() {
        Cube cube = cubes.now();
        Rows seen = last;
        if (seen != null && seen.cube() == cube) {
            return seen;
        }
        // by figure (catalogue order), then level, then region, period and facet ("all" first)
        Map<Figure, Map<String, List<FigureRow>>> grouped = new EnumMap<>(Figure.class);
        for (CellKey key : cube.keys()) {
            FigureRow row = row(cube, key);
            grouped.computeIfAbsent(key.figure(), f -> new HashMap<>()).computeIfAbsent(row.level(), l -> new ArrayList<>()).add(row);
        }
        List<FigureRow> rows = new ArrayList<>(cube.keys().size());
        grouped.values().forEach(byLevel -> FigureFilter.LEVELS.forEach(level -> {
            List<FigureRow> some = byLevel.getOrDefault(level, new ArrayList<>());
            some.sort(ORDER);
            rows.addAll(some);
        }));
        Rows made = new Rows(cube, List.copyOf(rows));
        last = made;
        return made;
    }

    private static FigureRow row(Cube cube, CellKey key) {
        RegionTree tree = cube.regions();
        return new FigureRow(Levels.of(tree, key.region()), key.region(), name(tree, key.region()), key.period(),
                key.figure().code(), key.facet(), cube.shown(key).orElse(null),
                cube.withheld(key).map(w -> w.code()).orElse(null), measure(key.figure()));
    }

    static String name(RegionTree tree, String region) {
        if (RegionTree.isUnplaced(region)) {
            String whole = region.substring(0, region.length() - RegionTree.UNPLACED_SUFFIX.length());
            return tree.names().getOrDefault(whole, whole) + " (unplaced)";
        }
        return tree.names().getOrDefault(region, region);
    }

    static String measure(Figure figure) {
        return switch (figure.measure()) {
            case M2 -> "m2";
            case COUNT -> "count";
            case RATIO -> "thousandths";
        };
    }
}
