package nl.labspace.insight;

import java.util.List;
import java.util.Locale;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.insight.RegionTree;
import nl.labspace.db.insight.RegionTreeQuery;
import nl.labspace.db.insight.SnapshotStore;
import nl.labspace.web.BadInput;
import nl.labspace.web.NotFound;
import nl.labspace.web.Reason;

/**
 * Trends: one cell of the insight cube across the snapshots kept after runs or monthly, each value as suppression judged
 * it in its own snapshot's cube. A fund manager reads the regions followed (and those inside them); an admin all.
 */
@Singleton
class TrendService {

    private final SnapshotStore snapshots;
    private final RegionTreeQuery regions;

    TrendService(SnapshotStore snapshots, RegionTreeQuery regions) {
        this.snapshots = snapshots;
        this.regions = regions;
    }

    @Transactional(readOnly = true)
    Trend series(Viewer viewer, TrendQuery q) {
        RegionTree tree = regions.tree();
        if (!tree.codes().contains(q.region())) {
            throw new BadInput("region", q.region(), Reason.NO_REGION_CODE);
        }
        if (!new RegionScope(tree).follows(viewer, q.region())) {
            throw new NotFound("region %s does not exist".formatted(q.region()));
        }
        List<Trend.Point> points = snapshots.series(q.by(), q.figure().code(), q.region(), q.facet(), q.period(),
                q.by().kept()).stream().map(Trend.Point::of).toList();
        return new Trend(q.figure().code(), q.region(), q.facet(), q.figure().measure().name().toLowerCase(Locale.ROOT),
                q.by().code(), points);
    }
}
