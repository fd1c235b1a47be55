package nl.labspace.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.jooq.conf.Settings;

/** jOOQ settings of the default datasource (Micronaut picks them up by name). */
@Factory
class JooqSettingsFactory {

    /**
     * Every table lives in the one schema Flyway manages, so names need no "public". prefix: rendering the
     * qualified names was a sizeable share of a search request's CPU (BENCHMARKS.md, "Search").
     */
    @Singleton
    @Named("default")
    Settings jooqSettings() {
        return new Settings().withRenderSchema(false);
    }
}
