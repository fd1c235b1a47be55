package nl.labspace.db.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import nl.labspace.db.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoDataLoaderTest {

    private static final DemoSettings SETTINGS = new DemoSettings(20261123L, 1.0, YearMonth.of(2027, 1));

    private Connection db;

    @BeforeEach
    void connect() throws SQLException {
        db = TestDatabase.connect();
    }

    @AfterEach
    void rollback() throws SQLException {
        db.rollback();
        db.close();
    }

    @Test
    void theDatabasePlacesEveryDemoCampusInTheProvinceAndCoropRegionItsDataFileStates() throws SQLException {
        new DemoDataLoader().load(db, SETTINGS);

        // The file's own province_code and corop_code, read by PostgreSQL rather than by the loader's parser.
        Map<String, String> stated = pairs("""
                SELECT f->'properties'->>'id', (f->'properties'->>'province_code') || ' ' || (f->'properties'->>'corop_code')
                  FROM jsonb_array_elements(?::jsonb->'features') f""", CampusCatalog.resource(CampusCatalog.CAMPUS_FILE));
        Map<String, String> placed = pairs("SELECT id, province_code || ' ' || corop_code FROM campus", null);

        assertThat(stated).hasSize(26);
        assertThat(placed).containsExactlyInAnyOrderEntriesOf(stated);
    }

    @Test
    void campusesKeepTheFilesCoordinatesAndTheirProfile() throws SQLException {
        new DemoDataLoader().load(db, SETTINGS);

        assertThat(pairs("""
                SELECT id, ST_X(location::geometry) || ' ' || ST_Y(location::geometry) || ' ' || array_to_string(focus, ';')
                  FROM campus WHERE id = ?""", "leiden-bio-science-park"))
                .containsExactly(Map.entry("leiden-bio-science-park", "4.465 52.1687 drug-discovery;cell-gene-therapy;diagnostics"));
        assertThat(single("SELECT count(*) FROM campus WHERE cardinality(shared_facilities) = 0")).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {20261123L, 1L, 42L})
    void labDemandExceedsSupplyInUtrechtNoordHollandAndZuidHollandWhileTheRestHasSpareSpace(long seed) throws SQLException {
        new DemoDataLoader().load(db, new DemoSettings(seed, 1.0, SETTINGS.firstMonth()));
        Map<String, Integer> demand = MarketQueries.anchoredOpenLabDemand(db);
        Map<String, Integer> supply = MarketQueries.availableLabSupply(db);

        for (String province : new String[] {"PV26", "PV27", "PV28"}) {
            assertThat(supply.getOrDefault(province, 0)).as("lab supply in " + province).isPositive();
            assertThat(demand.getOrDefault(province, 0)).as("lab demand in " + province)
                    .isGreaterThan(supply.get(province));
        }
        int restSupply = MarketQueries.outsideRandstad(supply);
        int restDemand = MarketQueries.openLabDemandOutsideRandstad(db);
        assertThat(restDemand).as("lab demand outside the Randstad").isPositive();
        assertThat(restSupply).as("lab supply outside the Randstad").isGreaterThan(restDemand);
    }

    @Test
    void pivotParkHoldsTheLargestGmpLabArea() throws SQLException {
        new DemoDataLoader().load(db, SETTINGS);

        Map<String, Integer> gmp = MarketQueries.gmpLabByCampus(db);
        assertThat(gmp).containsKey("pivot-park");
        gmp.forEach((campus, m2) -> {
            if (!campus.equals("pivot-park")) {
                assertThat(gmp.get("pivot-park")).as("pivot-park against " + campus).isGreaterThan(m2);
            }
        });
    }

    @Test
    void everyNearPointLiesInTheProvinceOfTheCampusItWasDrawnAround() throws SQLException {
        new DemoDataLoader().load(db, SETTINGS);

        assertThat(single("SELECT count(*) FROM need WHERE near_location IS NOT NULL")).isGreaterThan(50);
        assertThat(single("""
                SELECT count(*) FROM need n
                 WHERE n.near_location IS NOT NULL
                   AND region_of(n.near_location, 'province') IS DISTINCT FROM
                       (SELECT c.province_code FROM campus c ORDER BY c.location <-> n.near_location LIMIT 1)""")).isZero();
    }

    @Test
    void theSummaryCountsTheRowsWrittenAndLoadingAgainAddsNothing() throws SQLException {
        DemoSummary first = new DemoDataLoader().load(db, SETTINGS);
        DemoSummary second = new DemoDataLoader().load(db, SETTINGS);

        assertThat(first.alreadyPresent()).isFalse();
        assertThat(first.campuses()).isEqualTo(26);
        assertThat(first.units()).isEqualTo(400);
        assertThat(second).isEqualTo(new DemoSummary(0, 0, 0, 0, 0, true));
        assertThat(tableCounts()).isEqualTo(new DemoSummary(
                first.campuses(), first.units(), first.companies(), first.needs(), first.leases(), false));
    }

    @Test
    void syntheticCampusesLieInsideTheNetherlandsInTheProvinceAndCoropRegionTheGeneratorGivesThem() throws SQLException {
        DemoSettings all = new DemoSettings(SETTINGS.seed(), 1.0, SETTINGS.firstMonth(), SyntheticCampuses.MAX);
        DemoSummary summary = new DemoDataLoader().load(db, all);

        assertThat(summary.campuses()).isEqualTo(26 + SyntheticCampuses.MAX);
        assertThat(single("SELECT count(*) FROM campus")).isEqualTo(56);
        Map<String, String> stated = new HashMap<>();
        SyntheticCampuses.make(SyntheticCampuses.MAX, all.seed())
                .forEach(c -> stated.put(c.id(), c.provinceCode() + " " + c.coropCode()));
        assertThat(pairs("SELECT id, province_code || ' ' || corop_code FROM campus WHERE id LIKE 'bench-campus-%'", null))
                .containsExactlyInAnyOrderEntriesOf(stated);
        // At least 2 km inside their province and 6 km from every real campus (SyntheticCampuses' promise).
        assertThat(single("""
                SELECT count(*) FROM campus c JOIN region r ON r.kind = 'province' AND r.code = c.province_code
                 WHERE c.id LIKE 'bench-campus-%'
                   AND (ST_Distance(ST_Boundary(r.geom)::geography, c.location) < 2000
                        OR EXISTS (SELECT 1 FROM campus o WHERE o.id NOT LIKE 'bench-campus-%'
                                      AND ST_DWithin(o.location, c.location, 6000)))""")).isZero();
        assertThat(single("SELECT count(DISTINCT campus_id) FROM unit WHERE campus_id LIKE 'bench-campus-%'")).isEqualTo(30);
        assertThat(single("""
                SELECT count(*) FROM need n
                 WHERE n.near_location IS NOT NULL
                   AND region_of(n.near_location, 'province') IS DISTINCT FROM
                       (SELECT c.province_code FROM campus c ORDER BY c.location <-> n.near_location LIMIT 1)""")).isZero();
    }

    @Test
    void noExtraCampusesLoadsTheRealCampusesOnly() throws SQLException {
        DemoSummary summary = new DemoDataLoader().load(db, new DemoSettings(SETTINGS.seed(), 1.0, SETTINGS.firstMonth(), 0));

        assertThat(summary.campuses()).isEqualTo(26);
        assertThat(single("SELECT count(*) FROM campus WHERE id LIKE 'bench-campus-%'")).isZero();
        assertThat(summary).isEqualTo(tableCounts());
    }

    @Test
    void aMarketOfTheRealCampusesOnlyIsNotToppedUpWithSyntheticOnes() throws SQLException {
        new DemoDataLoader().load(db, SETTINGS);

        assertThatIllegalStateException()
                .isThrownBy(() -> new DemoDataLoader().load(db, new DemoSettings(SETTINGS.seed(), 1.0, SETTINGS.firstMonth(), 14)))
                .withMessageContaining("26 of the 40");
    }

    @Test
    void aPartlyPresentSetOfDemoCampusesIsRefusedNamingThem() throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("""
                    INSERT INTO campus (id, name, city, location)
                    VALUES ('pivot-park', 'Pivot Park', 'Oss', ST_SetSRID(ST_MakePoint(5.536, 51.7645), 4326)::geography)""");
        }
        assertThatIllegalStateException().isThrownBy(() -> new DemoDataLoader().load(db, SETTINGS))
                .withMessageContaining("1 of the 26").withMessageContaining("pivot-park");
    }

    @Test
    void onAnAutoCommitConnectionTheLoadCommitsItsOwnTransaction() throws SQLException {
        db.setAutoCommit(true);
        try {
            DemoSummary summary = new DemoDataLoader().load(db, new DemoSettings(5, 0.1, YearMonth.of(2027, 1)));
            assertThat(db.getAutoCommit()).isTrue();
            try (Connection other = TestDatabase.connect()) {
                assertThat(count(other, "SELECT count(*) FROM unit")).isEqualTo(summary.units()).isPositive();
            }
        } finally {
            deleteDemoRows();
            db.setAutoCommit(false);
        }
    }

    private DemoSummary tableCounts() throws SQLException {
        return new DemoSummary(single("SELECT count(*) FROM campus"), single("SELECT count(*) FROM unit"),
                single("SELECT count(*) FROM company"), single("SELECT count(*) FROM need"),
                single("SELECT count(*) FROM lease"), false);
    }

    // Other tests need an empty marketplace: remove what the committed load wrote.
    private void deleteDemoRows() throws SQLException {
        try (Statement st = db.createStatement()) {
            for (String table : new String[] {"lease", "need_province", "need", "company", "unit", "campus"}) {
                st.execute("DELETE FROM " + table);
            }
        }
    }

    private Map<String, String> pairs(String sql, String parameter) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            if (parameter != null) {
                st.setString(1, parameter);
            }
            Map<String, String> pairs = new HashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    pairs.put(rs.getString(1), rs.getString(2));
                }
            }
            return pairs;
        }
    }

    private int single(String sql) throws SQLException {
        return count(db, sql);
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
