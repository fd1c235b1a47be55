package nl.labspace.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Figure;
import nl.labspace.db.insight.FlowStage;
import nl.labspace.db.insight.RegionTree;

/**
 * The dashboard's flows and trends, as GET /api/insight/flows and /trends give them to the same reader (one service,
 * two doors): where the demand of each region followed goes, and how the chosen figure moved run after run and month
 * after month. Both are for the regions a fund manager follows, not the public ones.
 */
@Singleton
class DashboardSections {

    /** The largest flows listed; the API gives all. */
    static final int FLOWS_LISTED = 20;

    /** One origin region: per stage (proposed, accepted, leased) its m² and the share served inside it. */
    record OriginRow(String code, String name, boolean unplaced, List<RegionFlows.Origin> stages) {
    }

    /** A flow with its regions' names. */
    record FlowRow(String from, String fromName, boolean fromUnplaced, String to, String toName, @Nullable Long m2,
                   @Nullable String withheld) {
    }

    record Flows(List<OriginRow> origins, List<FlowRow> largest, int total) {
    }

    /** A trend of the figure in one region, after each run and per month. */
    record Trends(String region, String regionName, Trend byRun, Trend byMonth) {
    }

    private final FlowService flows;
    private final TrendService trends;

    DashboardSections(FlowService flows, TrendService trends) {
        this.flows = flows;
        this.trends = trends;
    }

    Flows flows(Viewer viewer, String level, RegionTree tree) {
        RegionFlows found = flows.flows(viewer, level, null);
        Map<String, List<RegionFlows.Origin>> byRegion = new LinkedHashMap<>();
        found.origins().forEach(o -> byRegion.computeIfAbsent(o.code(), c -> new ArrayList<>()).add(o));
        List<OriginRow> origins = byRegion.entrySet().stream().map(e -> new OriginRow(e.getKey(), e.getValue().get(0).name(),
                RegionTree.isUnplaced(e.getKey()),
                FlowStage.CODES.stream().map(stage -> e.getValue().stream().filter(o -> o.stage().equals(stage)).findFirst()
                        .orElse(new RegionFlows.Origin(e.getKey(), e.getValue().get(0).name(), stage, null, null, null, null)))
                        .toList())).sorted(Comparator.comparing(OriginRow::name).thenComparing(OriginRow::unplaced)).toList();
        List<FlowRow> proposed = found.flows().stream().filter(f -> FlowStage.PROPOSED.code().equals(f.stage()))
                .map(f -> new FlowRow(f.from(), whole(tree, f.from()), RegionTree.isUnplaced(f.from()), f.to(), whole(tree, f.to()),
                        f.m2(), f.withheld()))
                .sorted(Comparator.comparing((FlowRow f) -> f.m2() == null ? -1 : f.m2()).reversed()).toList();
        return new Flows(origins, proposed.stream().limit(FLOWS_LISTED).toList(), proposed.size());
    }

    /** The name of a region, or of the region an unplaced part belongs to (the page says "homed in no province"). */
    private static String whole(RegionTree tree, String code) {
        String region = RegionTree.isUnplaced(code) ? code.substring(0, code.length() - RegionTree.UNPLACED_SUFFIX.length()) : code;
        return tree.names().getOrDefault(region, region);
    }

    /** The trend of a figure in the region asked if the reader follows it, else in the first region followed. */
    Optional<Trends> trends(Viewer viewer, Figure figure, String facet, @Nullable String region, RegionTree tree) {
        RegionScope scope = new RegionScope(tree);
        Optional<String> where = region != null && scope.follows(viewer, region) ? Optional.of(region)
                : (viewer.isAdmin() || viewer.wholeCountry()) ? Optional.of(CellKey.COUNTRY)
                : viewer.regionCodes().stream().filter(code -> scope.follows(viewer, code)).sorted().findFirst();
        // the name goes into a formatted sentence, which reads a straight quote as quoting ('s-Gravenhage)
        return where.map(code -> new Trends(code, InsightFigures.name(tree, code).replace('\'', '\u2019'),
                trends.series(viewer, TrendQuery.of(figure.code(), code, facet, null, "run")),
                trends.series(viewer, TrendQuery.of(figure.code(), code, facet, null, "month"))));
    }
}
