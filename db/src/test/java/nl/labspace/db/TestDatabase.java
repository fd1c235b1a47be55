package nl.labspace.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;

/**
 * The real PostGIS test database that scripts/provision-db.sh provisions (Maven runs it before the tests).
 * It is cleaned and migrated once per test JVM; tests then work inside transactions they roll back.
 */
public final class TestDatabase {

    private static boolean migrated;

    private TestDatabase() {
    }

    public static String url() {
        return "jdbc:postgresql://%s:%s/%s".formatted(
                env("LABSPACE_DB_HOST", "localhost"), env("LABSPACE_DB_PORT", "5433"),
                env("LABSPACE_TEST_DB_NAME", "labspace_test"));
    }

    public static String user() {
        return env("LABSPACE_DB_USER", "labspace");
    }

    public static String password() {
        return env("LABSPACE_DB_PASSWORD", "labspace");
    }

    /** A connection to a freshly migrated schema, with auto-commit off so the test can roll back. */
    public static synchronized Connection connect() throws SQLException {
        if (!migrated) {
            Flyway flyway = Flyway.configure().dataSource(url(), user(), password()).cleanDisabled(false).load();
            flyway.clean();
            flyway.migrate();
            migrated = true;
        }
        Connection connection = DriverManager.getConnection(url(), user(), password());
        connection.setAutoCommit(false);
        return connection;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
