package nl.labspace.insight;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import nl.labspace.db.insight.LostDemandQuery;
import nl.labspace.db.insight.RegionBalanceQuery;
import org.jooq.DSLContext;

/** The insight feature's query classes (db/.../insight), one bean each. */
@Factory
class InsightQueries {

    @Singleton
    RegionBalanceQuery regionBalanceQuery(DSLContext dsl) {
        return new RegionBalanceQuery(dsl);
    }

    @Singleton
    LostDemandQuery lostDemandQuery(DSLContext dsl) {
        return new LostDemandQuery(dsl);
    }
}
