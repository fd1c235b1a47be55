package nl.labspace.insight;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import nl.labspace.db.insight.RegionTreeQuery;
import org.jooq.DSLContext;

/**
 * Makes the insight query classes of the db module injectable. Kept here rather than in web.QueryFactory so that the
 * insight feature's queries are declared where they are used.
 */
@Factory
class InsightQueries {

    @Singleton
    RegionTreeQuery regionTreeQuery(DSLContext dsl) {
        return new RegionTreeQuery(dsl);
    }
}
