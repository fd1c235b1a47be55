package nl.labspace.db.insight;

import static nl.labspace.db.generated.Tables.MARKET_VERSION;

import org.jooq.DSLContext;

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
        return dsl.select(MARKET_VERSION.VERSION).from(MARKET_VERSION).fetchSingle().value1();
    }
}
