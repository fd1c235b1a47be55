package nl.labspace.db.insight;

import static org.jooq.impl.DSL.field;

import org.jooq.DSLContext;
import org.jooq.impl.SQLDataType;

/**
 * The reader's snapshot as PostgreSQL writes it ("xmin:xmax:in-progress ids"): it changes whenever a transaction that
 * wrote has ended since. Read in the same repeatable-read transaction as a cube, it says whether that cube still
 * describes the market: equal snapshots see the same committed data. (xmax alone would not do: a writer that had its
 * id before the snapshot and commits after it leaves xmax as it was.) Writes elsewhere (logins, other databases of
 * the cluster) change it too, which only costs a rebuild.
 */
public final class MarketVersionQuery {

    private final DSLContext dsl;

    public MarketVersionQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public String now() {
        return dsl.select(field("pg_current_snapshot()::text", SQLDataType.VARCHAR)).fetchSingle().value1();
    }
}
