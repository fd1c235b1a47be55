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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the market into a cube (every part in one repeatable-read snapshot), and says which market is there now. */
@Singleton
class CubeReader {

    private static final Logger LOG = LoggerFactory.getLogger(CubeReader.class);

    /** Which market a cube describes: its version (V19_1), the oldest fresh confirmation, the month. */
    record Stamp(long version, LocalDate confirmedSince, YearMonth month) {

        /** Same day and month: a kept cube differs from the market only by what was written since. */
        boolean sameDay(Stamp other) {
            return confirmedSince.equals(other.confirmedSince) && month.equals(other.month);
        }
    }

    record Read(Stamp stamp, Cube cube) {
    }

    private final RegionTreeQuery regions;
    private final List<CubePart> parts;
    private final MarketVersionQuery version;
    private final FreshListings fresh;

    CubeReader(RegionTreeQuery regions, List<CubePart> parts, MarketVersionQuery version, FreshListings fresh) {
        this.regions = regions;
        this.parts = parts;
        this.version = version;
        this.fresh = fresh;
    }

    @Transactional(readOnly = true)
    public Stamp stamp() {
        return new Stamp(version.now(), fresh.confirmedSince(), YearMonth.now(ZoneId.of(MarketDay.ZONE)));
    }

    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public Read read() {
        // the first statement fixes the transaction's snapshot: the version read is the one the parts read
        Stamp stamp = stamp();
        return new Read(stamp, build(stamp.month()));
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
