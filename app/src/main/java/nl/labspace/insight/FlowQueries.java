package nl.labspace.insight;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import nl.labspace.db.insight.FlowQuery;
import nl.labspace.db.insight.SnapshotStore;
import org.jooq.DSLContext;

/** Makes the flow and trend query classes of the db module injectable (kept apart from InsightQueries). */
@Factory
class FlowQueries {

    @Singleton
    FlowQuery flowQuery(DSLContext dsl) {
        return new FlowQuery(dsl);
    }

    @Singleton
    SnapshotStore snapshotStore(DSLContext dsl) {
        return new SnapshotStore(dsl);
    }
}
