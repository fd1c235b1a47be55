package nl.labspace.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;

import javax.sql.DataSource;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.labspace.db.demo.DemoDataLoader;
import nl.labspace.db.demo.DemoSettings;
import nl.labspace.db.demo.DemoSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fills an empty database with the demo market when labspace.demo.enabled is set (after Flyway migrated it). */
@Singleton
@Requires(property = "labspace.demo.enabled", value = "true")
class DemoMarketOnStartup {

    private static final Logger LOG = LoggerFactory.getLogger(DemoMarketOnStartup.class);

    private final DataSource dataSource;
    private final DemoConfiguration configuration;

    DemoMarketOnStartup(DataSource dataSource, DemoConfiguration configuration) {
        this.dataSource = dataSource;
        this.configuration = configuration;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        DemoSettings settings = new DemoSettings(configuration.seed(), configuration.scale(), YearMonth.now());
        // The loader runs its own transaction, so it gets a plain pooled connection, not Micronaut's contextual one.
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            DemoSummary summary = new DemoDataLoader().load(connection, settings);
            LOG.info("Demo market ready: {}", summary);
        } catch (SQLException e) {
            throw new IllegalStateException("could not load the demo market", e);
        }
    }
}
