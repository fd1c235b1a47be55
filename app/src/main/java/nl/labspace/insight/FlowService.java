package nl.labspace.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Figure;
import nl.labspace.db.insight.FlowStage;
import nl.labspace.db.insight.RegionTree;
import nl.labspace.db.insight.RegionTreeQuery;
import nl.labspace.db.insight.Withheld;
import nl.labspace.db.market.RegionKind;
import nl.labspace.web.BadInput;
import nl.labspace.web.Reason;

/**
 * Flows of demand between regions, read from the insight cube only (so suppression has judged every figure together
 * with all the others). A fund manager reads the origins followed and the flows that start or end in a region followed
 * (following a province or ROM area includes the regions inside it); an admin reads all.
 */
@Singleton
class FlowService {

    static final List<String> LEVELS = List.of(RegionKind.PROVINCE.code(), RegionKind.COROP.code(), RegionKind.ROM.code(),
            RegionTreeQuery.COUNTRY_KIND);

    private final InsightCube insight;

    FlowService(InsightCube insight) {
        this.insight = insight;
    }

    RegionFlows flows(Viewer viewer, @Nullable String level, @Nullable String stage) {
        String at = level == null ? RegionKind.PROVINCE.code() : level;
        if (!LEVELS.contains(at)) {
            throw new BadInput("level", level, Reason.ONE_OF, String.join(", ", LEVELS));
        }
        Optional<FlowStage> only = stage == null ? Optional.empty() : Optional.of(FlowStage.of(stage)
                .orElseThrow(() -> new BadInput("stage", stage, Reason.ONE_OF, String.join(", ", FlowStage.CODES))));
        Cube cube = insight.now();
        RegionScope scope = new RegionScope(cube.regions());
        List<RegionFlows.Origin> origins = new ArrayList<>();
        List<RegionFlows.Flow> flows = new ArrayList<>();
        for (CellKey key : cube.keys()) {
            Optional<FlowFacet> facet = FlowFacet.parse(key.facet())
                    .filter(f -> key.figure() == Figure.FLOW_M2 && only.map(s -> s == f.stage()).orElse(true));
            if (facet.isEmpty()) {
                continue;
            }
            String to = facet.get().to();
            if (to == null && atLevel(cube.regions(), key.region(), at) && scope.follows(viewer, key.region())) {
                origins.add(origin(cube, key, facet.get().stage()));
            } else if (to != null && at.equals(cube.regions().kind(to).orElse(""))
                    && (scope.follows(viewer, key.region()) || scope.follows(viewer, to))) {
                flows.add(new RegionFlows.Flow(key.region(), to, facet.get().stage().code(), cube.shown(key).orElse(null),
                        reason(cube, key)));
            }
        }
        origins.sort(Comparator.comparing(RegionFlows.Origin::code).thenComparing(o -> FlowStage.of(o.stage()).orElseThrow()));
        flows.sort(Comparator.comparing(RegionFlows.Flow::from).thenComparing(RegionFlows.Flow::to)
                .thenComparing(f -> FlowStage.of(f.stage()).orElseThrow()));
        return new RegionFlows(at, cube.month().toString(), origins, flows);
    }

    private static RegionFlows.Origin origin(Cube cube, CellKey total, FlowStage stage) {
        CellKey share = new CellKey(Figure.FLOW_INSIDE_SHARE, total.region(), total.period(), total.facet());
        String whole = RegionTree.isUnplaced(total.region())
                ? total.region().substring(0, total.region().length() - RegionTree.UNPLACED_SUFFIX.length()) : total.region();
        return new RegionFlows.Origin(total.region(), cube.regions().names().getOrDefault(whole, whole), stage.code(),
                cube.shown(total).orElse(null), reason(cube, total), cube.shown(share).orElse(null), reason(cube, share));
    }

    private static String reason(Cube cube, CellKey key) {
        return cube.withheld(key).map(Withheld::code).orElse(null);
    }

    /**
     * Whether an origin belongs to a level: a region of that kind, or the unplaced part standing in for one (demand
     * homed in no province at every level below the country, in a province but no COROP region at the COROP level).
     */
    private static boolean atLevel(RegionTree regions, String code, String level) {
        if (RegionTree.isUnplaced(code)) {
            return code.equals(RegionTree.unplaced(CellKey.COUNTRY)) ? !RegionTreeQuery.COUNTRY_KIND.equals(level)
                    : RegionKind.COROP.code().equals(level);
        }
        return level.equals(regions.kind(code).orElse(""));
    }
}
