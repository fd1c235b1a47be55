package nl.labspace.insight;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import nl.labspace.db.insight.DemandTallyQuery;
import nl.labspace.db.insight.MarketVersionQuery;
import nl.labspace.db.insight.MatchingTallyQuery;
import nl.labspace.db.insight.SupplyTallyQuery;
import org.jooq.DSLContext;

/** Makes the query classes of the cube's figures (supply, demand, matching, the market's version) injectable. */
@Factory
class FigureQueries {

    @Singleton
    SupplyTallyQuery supplyTallyQuery(DSLContext dsl) {
        return new SupplyTallyQuery(dsl);
    }

    @Singleton
    DemandTallyQuery demandTallyQuery(DSLContext dsl) {
        return new DemandTallyQuery(dsl);
    }

    @Singleton
    MatchingTallyQuery matchingTallyQuery(DSLContext dsl) {
        return new MatchingTallyQuery(dsl);
    }

    @Singleton
    MarketVersionQuery marketVersionQuery(DSLContext dsl) {
        return new MarketVersionQuery(dsl);
    }
}
