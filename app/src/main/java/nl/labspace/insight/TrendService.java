package nl.labspace.insight;

import java.util.List;
import java.util.Locale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.Viewer;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.Figure;
import nl.labspace.db.insight.RegionTreeQuery;
import nl.labspace.db.insight.SnapshotKind;
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

    static final int MAX_RUNS = 100;
    static final int MAX_MONTHS = 120;
    static final int MAX_FACET = 200;
    static final String PERIOD_PATTERN = "^\\d{4}-(0[1-9]|1[0-2]|Q[1-4])$";
    static final String FACET_PATTERN = "^[\\x21-\\x7e]+$";

    private final SnapshotStore snapshots;
    private final RegionTreeQuery regions;

    TrendService(SnapshotStore snapshots, RegionTreeQuery regions) {
        this.snapshots = snapshots;
        this.regions = regions;
    }

    @Transactional(readOnly = true)
    Trend series(Viewer viewer, @Nullable String figure, @Nullable String region, @Nullable String facet,
                 @Nullable String period, @Nullable String by) {
        Figure what = figure(figure);
        SnapshotKind kind = by == null ? SnapshotKind.RUN : SnapshotKind.of(by)
                .orElseThrow(() -> new BadInput("by", by, Reason.ONE_OF, String.join(", ", SnapshotKind.CODES)));
        String where = region == null ? CellKey.COUNTRY : region;
        String cut = facet(facet);
        if (period != null && !period.matches(PERIOD_PATTERN)) {
            throw new BadInput("period", period, "must be a month YYYY-MM or a quarter YYYY-Qn");
        }
        FollowedTree followed = new FollowedTree(viewer, regions.tree());
        if (!followed.knows(where)) {
            throw new BadInput("region", region, Reason.NO_REGION_CODE);
        }
        if (!followed.covers(where)) {
            throw new NotFound("region %s does not exist".formatted(where));
        }
        List<Trend.Point> points = snapshots.series(kind, what.code(), where, cut, period,
                kind == SnapshotKind.RUN ? MAX_RUNS : MAX_MONTHS).stream().map(Trend.Point::of).toList();
        return new Trend(what.code(), where, cut, what.measure().name().toLowerCase(Locale.ROOT), kind.code(), points);
    }

    private static Figure figure(@Nullable String code) {
        if (code == null) {
            throw new BadInput("figure", null, Reason.REQUIRED);
        }
        return Figure.of(code).orElseThrow(() -> new BadInput("figure", code, Reason.ONE_OF,
                String.join(", ", java.util.Arrays.stream(Figure.values()).map(Figure::code).toList())));
    }

    private static String facet(@Nullable String facet) {
        if (facet == null) {
            return CellKey.ALL;
        }
        if (facet.length() > MAX_FACET) {
            throw new BadInput("facet", facet, Reason.MAX_CHARS, MAX_FACET);
        }
        if (!facet.matches(FACET_PATTERN)) {
            throw new BadInput("facet", facet, "must be 'all' or dimension:value, in visible ASCII characters");
        }
        return facet;
    }
}
