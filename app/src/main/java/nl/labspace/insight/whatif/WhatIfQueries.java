package nl.labspace.insight.whatif;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import nl.labspace.db.whatif.ScenarioResults;
import nl.labspace.db.whatif.ScenarioStore;
import nl.labspace.db.whatif.WhatIfMarketQuery;
import org.jooq.DSLContext;

/** Makes the what-if query classes of the db module injectable, declared where they are used. */
@Factory
class WhatIfQueries {

    @Singleton
    ScenarioStore scenarioStore(DSLContext dsl) {
        return new ScenarioStore(dsl);
    }

    @Singleton
    ScenarioResults scenarioResults(DSLContext dsl) {
        return new ScenarioResults(dsl);
    }

    @Singleton
    WhatIfMarketQuery whatIfMarketQuery(DSLContext dsl) {
        return new WhatIfMarketQuery(dsl);
    }
}
