package nl.labspace.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.insight.MarketVersionQuery;
import nl.labspace.db.insight.RegionTreeQuery;
import nl.labspace.db.market.MarketDay;
import nl.labspace.search.FreshListings;

/**
 * Builds the insight cube of the live market from every CubePart, in one read-only repeatable-read transaction (every
 * part reads the same snapshot), and keeps the last cube while nothing has been written since it was built, the
 * freshness day and the month being the same: reading figures costs a lookup, and only a change of the market costs a
 * rebuild (MarketVersionQuery), so a figure is never older than the market it describes.
 */
@Singleton
public class InsightCube {

    /** What a cube was built from: the database snapshot, the oldest fresh confirmation, the month. */
    private record Stamp(String snapshot, LocalDate confirmedSince, YearMonth month) {
    }

    private record Built(Stamp stamp, Cube cube) {
    }

    private final RegionTreeQuery regions;
    private final List<CubePart> parts;
    private final MarketVersionQuery version;
    private final FreshListings fresh;
    private volatile Built last;

    InsightCube(RegionTreeQuery regions, List<CubePart> parts, MarketVersionQuery version, FreshListings fresh) {
        this.regions = regions;
        this.parts = parts;
        this.version = version;
        this.fresh = fresh;
    }

    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public Cube now() {
        // the first statement fixes the transaction's snapshot: the version read is the one the parts read
        Stamp stamp = new Stamp(version.now(), fresh.confirmedSince(), YearMonth.now(ZoneId.of(MarketDay.ZONE)));
        Built seen = last;
        if (seen != null && seen.stamp().equals(stamp)) {
            return seen.cube();
        }
        synchronized (this) {
            seen = last;
            if (seen != null && seen.stamp().equals(stamp)) {
                return seen.cube();
            }
            Cube cube = build(stamp.month());
            last = new Built(stamp, cube);
            return cube;
        }
    }

    private Cube build(YearMonth month) {
        CubeBuilder builder = new CubeBuilder(regions.tree(), month);
        parts.forEach(part -> part.addTo(builder));
        return builder.build();
    }
}
