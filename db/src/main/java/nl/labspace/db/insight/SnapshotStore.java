package nl.labspace.db.insight;

import static nl.labspace.db.generated.Tables.INSIGHT_SNAPSHOT;
import static nl.labspace.db.generated.Tables.INSIGHT_SNAPSHOT_CELL;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.val;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep9;
import org.jooq.impl.SQLDataType;

/** Keeps snapshots of the insight cube (V19) and reads one cell's series across them. */
public final class SnapshotStore {

    private static final int ROWS_PER_INSERT = 500;

    private final DSLContext dsl;

    public SnapshotStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A new snapshot, or none when that run or (monthly) that month has one already. */
    public Optional<UUID> open(SnapshotKind kind, UUID runId, LocalDate month) {
        return dsl.insertInto(INSIGHT_SNAPSHOT, INSIGHT_SNAPSHOT.KIND, INSIGHT_SNAPSHOT.RUN_ID, INSIGHT_SNAPSHOT.MONTH)
                .values(kind.code(), runId, month).onConflictDoNothing()
                .returningResult(INSIGHT_SNAPSHOT.ID).fetchOptional(r -> r.value1());
    }

    public boolean hasMonth(LocalDate month) {
        return dsl.fetchExists(INSIGHT_SNAPSHOT, INSIGHT_SNAPSHOT.KIND.eq(SnapshotKind.MONTH.code()),
                INSIGHT_SNAPSHOT.MONTH.eq(month));
    }

    /** Writes a snapshot's cells, several hundred rows per statement. */
    public void keep(UUID snapshot, List<SnapshotCell> cells) {
        for (int from = 0; from < cells.size(); from += ROWS_PER_INSERT) {
            InsertValuesStep9<?, UUID, String, String, String, String, Long, Integer, UUID[], String> insert = dsl.insertInto(
                    INSIGHT_SNAPSHOT_CELL, INSIGHT_SNAPSHOT_CELL.SNAPSHOT_ID, INSIGHT_SNAPSHOT_CELL.FIGURE,
                    INSIGHT_SNAPSHOT_CELL.REGION, INSIGHT_SNAPSHOT_CELL.PERIOD, INSIGHT_SNAPSHOT_CELL.FACET,
                    INSIGHT_SNAPSHOT_CELL.VALUE, INSIGHT_SNAPSHOT_CELL.COMPANIES, INSIGHT_SNAPSHOT_CELL.FEW,
                    INSIGHT_SNAPSHOT_CELL.WITHHELD);
            for (SnapshotCell c : cells.subList(from, Math.min(cells.size(), from + ROWS_PER_INSERT))) {
                insert = insert.values(snapshot, c.figure(), c.region(), c.period(), c.facet(), c.value(), c.companies(),
                        c.few().toArray(UUID[]::new), c.withheld());
            }
            insert.execute();
        }
        dsl.update(INSIGHT_SNAPSHOT).set(INSIGHT_SNAPSHOT.CELLS, cells.size()).where(INSIGHT_SNAPSHOT.ID.eq(snapshot)).execute();
    }

    /** Deletes all but the newest snapshots of a kind (their cells go with them); how many went. */
    public int prune(SnapshotKind kind, int keep) {
        return dsl.deleteFrom(INSIGHT_SNAPSHOT).where(INSIGHT_SNAPSHOT.ID.in(
                dsl.select(INSIGHT_SNAPSHOT.ID).from(INSIGHT_SNAPSHOT).where(INSIGHT_SNAPSHOT.KIND.eq(kind.code()))
                        .orderBy(INSIGHT_SNAPSHOT.TAKEN_AT.desc(), INSIGHT_SNAPSHOT.ID.desc()).offset(keep)))
                .execute();
    }

    /**
     * One cell in the latest snapshots of a kind, oldest first: at period, or (null) at each snapshot's own month,
     * the period of stock figures.
     */
    public List<TrendPoint> series(SnapshotKind kind, String figure, String region, String facet, String period, int limit) {
        Field<String> own = field("to_char({0}, 'YYYY-MM')", SQLDataType.VARCHAR, INSIGHT_SNAPSHOT.MONTH);
        Field<String> at = period == null ? own : val(period);
        List<TrendPoint> newestFirst = dsl.select(INSIGHT_SNAPSHOT.ID, INSIGHT_SNAPSHOT.RUN_ID, INSIGHT_SNAPSHOT.MONTH,
                        INSIGHT_SNAPSHOT.TAKEN_AT, at, coalesce(INSIGHT_SNAPSHOT_CELL.VALUE, inline(0L)),
                        INSIGHT_SNAPSHOT_CELL.WITHHELD)
                .from(INSIGHT_SNAPSHOT).leftJoin(INSIGHT_SNAPSHOT_CELL)
                .on(INSIGHT_SNAPSHOT_CELL.SNAPSHOT_ID.eq(INSIGHT_SNAPSHOT.ID), INSIGHT_SNAPSHOT_CELL.FIGURE.eq(figure),
                        INSIGHT_SNAPSHOT_CELL.REGION.eq(region), INSIGHT_SNAPSHOT_CELL.FACET.eq(facet),
                        INSIGHT_SNAPSHOT_CELL.PERIOD.eq(at))
                .where(INSIGHT_SNAPSHOT.KIND.eq(kind.code()))
                .orderBy(INSIGHT_SNAPSHOT.TAKEN_AT.desc(), INSIGHT_SNAPSHOT.ID.desc())
                .limit(limit)
                .fetch(mapping(TrendPoint::new));
        List<TrendPoint> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }
}
