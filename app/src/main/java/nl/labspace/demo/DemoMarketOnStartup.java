package nl.labspace.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

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
    private final DemoAccounts accounts;

    DemoMarketOnStartup(DataSource dataSource, DemoConfiguration configuration, DemoAccounts accounts) {
        this.dataSource = dataSource;
        this.configuration = configuration;
        this.accounts = accounts;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        DemoSettings settings = new DemoSettings(configuration.seed(), configuration.scale(), YearMonth.now(),
                configuration.extraCampuses());
        // The loader runs its own transaction, so it gets a plain pooled connection, not Micronaut's contextual one.
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            DemoSummary summary = new DemoDataLoader().load(connection, settings);
            LOG.info("Demo market ready: {}", summary);
        } catch (SQLException e) {
            throw new IllegalStateException("could not load the demo market", e);
        }
        printAccounts(accounts.ensure());
    }

    private static void printAccounts(List<DemoAccounts.DemoAccount> demoAccounts) {
        StringBuilder text = new StringBuilder("Demo accounts (password for all: " + DemoAccounts.PASSWORD + "):");
        demoAccounts.forEach(a -> text.append("%n  %-28s %s".formatted(a.email(), a.description())));
        LOG.info("{}", text);
    }
}
