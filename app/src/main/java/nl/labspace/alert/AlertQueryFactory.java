package nl.labspace.alert;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import nl.labspace.db.alert.AlertLog;
import nl.labspace.db.alert.AlertMatches;
import nl.labspace.db.alert.ChangeLog;
import nl.labspace.db.alert.SavedSearches;
import org.jooq.DSLContext;

/** Makes the alert query classes of the db module injectable. */
@Factory
class AlertQueryFactory {

    @Singleton
    SavedSearches savedSearches(DSLContext dsl) {
        return new SavedSearches(dsl);
    }

    @Singleton
    ChangeLog changeLog(DSLContext dsl) {
        return new ChangeLog(dsl);
    }

    @Singleton
    AlertMatches alertMatches(DSLContext dsl) {
        return new AlertMatches(dsl);
    }

    @Singleton
    AlertLog alertLog(DSLContext dsl) {
        return new AlertLog(dsl);
    }
}
