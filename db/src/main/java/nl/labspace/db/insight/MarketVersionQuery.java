package nl.labspace.db.insight;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import org.jooq.DSLContext;
import org.jooq.impl.SQLDataType;

/**
 * The market's version (V19_1): a number that moves when a transaction that changed the market commits. Read in the
 * same repeatable-read transaction as a cube, it says which market that cube describes; read alone, whether a kept
 * cube still describes the market. Writes outside the market (sign-ins, audit lines, mail) leave it as it is.
 */
public final class MarketVersionQuery {

    private final DSLContext dsl;

    public MarketVersionQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long now() {
        return dsl.select(field("version", SQLDataType.BIGINT)).from(table("market_version")).fetchSingle().value1();
    }
}
