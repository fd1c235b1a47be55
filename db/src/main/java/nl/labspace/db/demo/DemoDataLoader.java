package nl.labspace.db.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty marketplace with the demo market: the 26 shipped campuses (plus the settings' synthetic
 * campuses, if any) and a generated, deterministic set of units, companies, needs and leases. Loading again is a no-op. On a connection in auto-commit mode the load
 * is its own transaction; otherwise it joins the caller's transaction and leaves commit or rollback to it.
 */
public final class DemoDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    // Serialises concurrent loads (two app instances starting at once) until the loading transaction ends.
    private static final long LOCK_KEY = 0x4c6162446d6fL;

    public DemoSummary load(Connection connection, DemoSettings settings) throws SQLException {
        boolean ownTransaction = connection.getAutoCommit();
        if (ownTransaction) {
            connection.setAutoCommit(false);
        }
        try {
            DemoSummary summary = loadInTransaction(connection, settings);
            if (ownTransaction) {
                connection.commit();
            }
            log(summary, settings);
            return summary;
        } catch (SQLException | RuntimeException e) {
            if (ownTransaction) {
                connection.rollback();
            }
            throw e;
        } finally {
            if (ownTransaction) {
                connection.setAutoCommit(true);
            }
        }
    }

    private DemoSummary loadInTransaction(Connection connection, DemoSettings settings) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
        }
        List<DemoCampus> real = CampusCatalog.load();
        List<DemoCampus> campuses = DemoMarketGenerator.withExtras(real, settings);
        List<String> present = presentCampuses(connection, campuses);
        if (present.size() == campuses.size()) {
            return DemoSummary.nothingLoaded();
        }
        if (!present.isEmpty()) {
            // Mixing generated data into campuses someone entered by hand would corrupt both.
            throw new IllegalStateException("demo data not loaded: %d of the %d demo campuses already exist (%s)"
                    .formatted(present.size(), campuses.size(), String.join(", ", present)));
        }
        DemoMarket market = new DemoMarketGenerator(real).generate(settings);
        new DemoRowWriter(connection).write(market);
        return new DemoSummary(market.campuses().size(), market.units().size(), market.companies().size(),
                market.needs().size(), market.leases().size(), false);
    }

    private static List<String> presentCampuses(Connection connection, List<DemoCampus> campuses) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT id FROM campus WHERE id = ANY (?) ORDER BY id")) {
            st.setArray(1, connection.createArrayOf("text", campuses.stream().map(DemoCampus::id).toArray()));
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    private static void log(DemoSummary summary, DemoSettings settings) {
        if (summary.alreadyPresent()) {
            LOG.info("Demo market already present (all demo campuses exist); nothing loaded");
        } else {
            LOG.info("Demo market loaded: {} campuses, {} units, {} companies, {} needs, {} leases (seed {}, scale {}, "
                            + "{} synthetic campuses, from {})",
                    summary.campuses(), summary.units(), summary.companies(), summary.needs(), summary.leases(),
                    settings.seed(), settings.scale(), settings.extraCampuses(), settings.firstMonth());
        }
    }
}
