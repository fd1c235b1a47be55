package nl.labspace.photo;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import nl.labspace.db.photo.UnitFileQueries;
import org.jooq.DSLContext;

/** Makes the db module's unit_file queries injectable. */
@Factory
class PhotoQueryFactory {

    @Singleton
    UnitFileQueries unitFileQueries(DSLContext dsl) {
        return new UnitFileQueries(dsl);
    }
}
