package nl.labspace.insight;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import nl.labspace.db.insight.Cell;
import nl.labspace.db.insight.CellKey;
import nl.labspace.db.insight.SnapshotCell;
import nl.labspace.db.insight.SnapshotKind;
import nl.labspace.db.insight.SnapshotStore;
import nl.labspace.db.insight.Withheld;
import nl.labspace.db.market.MarketDay;
import nl.labspace.matching.RunWritten;

/**
 * Keeps the insight cube for trends: after every run that wrote proposals (on a thread of its own, after the run's
 * commit, so a run never waits for it) and once a month (MonthlySnapshot). Each snapshot is the whole cube as it was,
 * every cell with the verdict suppression gave it in that cube. Best effort: a snapshot that fails is logged and
 * missing from the series, never the run's failure.
 */
@Singleton
class TrendRecorder {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TrendRecorder.class);

    private final InsightCube insight;
    private final SnapshotStore store;
    private final TransactionOperations<Connection> tx;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "insight-snapshot");
        t.setDaemon(true);
        return t;
    });

    TrendRecorder(InsightCube insight, SnapshotStore store, TransactionOperations<Connection> tx) {
        this.insight = insight;
        this.store = store;
        this.tx = tx;
    }

    @EventListener
    void onRunWritten(RunWritten event) {
        try {
            worker.submit(() -> keep(SnapshotKind.RUN, event.runId()));
        } catch (RejectedExecutionException e) {
            LOG.warn("no insight snapshot of run {}: the application is stopping", event.runId());
        }
    }

    /** This month's snapshot, unless it has one; whether one was written. */
    boolean keepMonth() {
        LocalDate month = YearMonth.now(ZoneId.of(MarketDay.ZONE)).atDay(1);
        return !tx.executeRead(status -> store.hasMonth(month)) && keep(SnapshotKind.MONTH, null);
    }

    private boolean keep(SnapshotKind kind, UUID run) {
        try {
            Cube cube = insight.exact();
            List<SnapshotCell> cells = cells(cube);
            boolean kept = tx.executeWrite(status -> store.open(kind, run, cube.month().atDay(1))
                    .map(id -> {
                        store.keep(id, cells);
                        store.prune(kind, kind.kept());
                        return true;
                    }).orElse(false));
            LOG.info("insight snapshot ({} {}, {}): {}", kind.code(), run == null ? "" : run, cube.month(),
                    kept ? cells.size() + " cells" : "one exists already");
            return kept;
        } catch (RuntimeException e) {
            LOG.error("insight snapshot ({} {}) failed", kind.code(), run == null ? "" : run, e);
            return false;
        }
    }

    /** Every cell but those of 0 from no company that are shown: a cell missing from a snapshot reads as 0. */
    private static List<SnapshotCell> cells(Cube cube) {
        List<SnapshotCell> kept = new ArrayList<>();
        for (CellKey key : cube.keys()) {
            Cell cell = cube.raw(key).orElseThrow();
            String withheld = cube.withheld(key).map(Withheld::code).orElse(null);
            if (cell.value() != 0 || withheld != null || cell.companies() > 0) {
                kept.add(new SnapshotCell(key.figure().code(), key.region(), key.period(), key.facet(), cell.value(),
                        cell.companies(), cell.few(), withheld));
            }
        }
        return kept;
    }

    @PreDestroy
    void close() {
        worker.shutdownNow();
    }
}
