package nl.labspace.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.insight.MarketVersionQuery;
import nl.labspace.db.insight.RegionTreeQuery;
import nl.labspace.db.market.MarketDay;
import nl.labspace.search.FreshListings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the insight cube of the live market from every CubePart, in one read-only repeatable-read transaction (every
 * part reads the same snapshot), and keeps the last cube while nothing has been written since it was built, the
 * freshness day and the month being the same: reading figures costs a lookup, and only a change of the market costs a
 * rebuild (MarketVersionQuery), so a figure is never older than the market it describes (unless
 * labspace.insight.cube-stale-seconds allows a few seconds).
 */
@Singleton
public class InsightCube {

    private static final Logger LOG = LoggerFactory.getLogger(InsightCube.class);

    /** What a cube was built from: the database snapshot, the oldest fresh confirmation, the month. */
    private record Stamp(String snapshot, LocalDate confirmedSince, YearMonth month) {
    }

    private record Built(Stamp stamp, Cube cube, long builtAtMillis) {

        /** Same snapshot; or, within the staleness allowed, the same day and month. */
        boolean serves(Stamp now, long staleMillis) {
            return stamp.equals(now) || System.currentTimeMillis() - builtAtMillis < staleMillis
                    && stamp.confirmedSince().equals(now.confirmedSince()) && stamp.month().equals(now.month());
        }
    }

    private final RegionTreeQuery regions;
    private final List<CubePart> parts;
    private final MarketVersionQuery version;
    private final FreshListings fresh;
    private final long staleMillis;
    private volatile Built last;

    InsightCube(RegionTreeQuery regions, List<CubePart> parts, MarketVersionQuery version, FreshListings fresh,
                @Value("${labspace.insight.cube-stale-seconds:0}") int staleSeconds) {
        this.regions = regions;
        this.parts = parts;
        this.version = version;
        this.fresh = fresh;
        this.staleMillis = staleSeconds * 1000L;
    }

    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public Cube now() {
        // the first statement fixes the transaction's snapshot: the version read is the one the parts read
        Stamp stamp = new Stamp(version.now(), fresh.confirmedSince(), YearMonth.now(ZoneId.of(MarketDay.ZONE)));
        Built seen = last;
        if (seen != null && seen.serves(stamp, staleMillis)) {
            return seen.cube();
        }
        synchronized (this) {
            seen = last;
            if (seen != null && seen.serves(stamp, staleMillis)) {
                return seen.cube();
            }
            Cube cube = build(stamp.month());
            last = new Built(stamp, cube, System.currentTimeMillis());
            return cube;
        }
    }

    private Cube build(YearMonth month) {
        long start = System.nanoTime();
        CubeBuilder builder = new CubeBuilder(regions.tree(), month);
        StringBuilder took = new StringBuilder();
        for (CubePart part : parts) {
            long before = System.nanoTime();
            part.addTo(builder);
            took.append(' ').append(part.getClass().getSimpleName()).append(' ').append((System.nanoTime() - before) / 1_000_000).append(" ms");
        }
        long suppressing = System.nanoTime();
        Cube cube = builder.build();
        // one line per build, for operators and benchmarks: how long the market took to read and to suppress
        LOG.info("insight cube of {} built in {} ms:{}, suppression {} ms, {} cells", month, (System.nanoTime() - start) / 1_000_000,
                took, (System.nanoTime() - suppressing) / 1_000_000, cube.keys().size());
        return cube;
    }
}
