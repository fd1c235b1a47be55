package nl.labspace.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/** Rules the database enforces on its own, whatever the application sends. */
class SchemaRulesTest {

    private static final String UNIT_ID = "00000000-0000-0000-0000-0000000000a1";

    private Connection db;

    @BeforeEach
    void aCampusWithOneUnit() throws SQLException {
        db = TestDatabase.connect();
        exec("""
                INSERT INTO campus (id, name, city, location, province_code, corop_code, rom_code)
                VALUES ('test-leiden', 'Test campus', 'Leiden',
                        ST_SetSRID(ST_MakePoint(4.4650, 52.1687), 4326)::geography, 'PV20', 'CR01', 'NOM')""");
        exec("""
                INSERT INTO unit (id, campus_id, name, lab_m2, office_m2, containment, available_from, rent_per_m2_year)
                VALUES ('%s', 'test-leiden', 'Suite A', 300, 120, 'ML-II', '2027-01-01', 325)""".formatted(UNIT_ID));
    }

    @AfterEach
    void rollback() throws SQLException {
        db.rollback();
        db.close();
    }

    @Test
    void campusRegionsComeFromItsLocationNotFromTheInsert() throws SQLException {
        // The insert above claimed Groningen; the point lies in Leiden.
        assertThat(row("SELECT province_code || ' ' || corop_code || ' ' || rom_code FROM campus WHERE id = 'test-leiden'"))
                .isEqualTo("PV28 CR25 IQ");
        exec("UPDATE campus SET location = ST_SetSRID(ST_MakePoint(5.6650, 51.9850), 4326)::geography WHERE id = 'test-leiden'");
        assertThat(row("SELECT province_code FROM campus WHERE id = 'test-leiden'")).isEqualTo("PV25");
    }

    @Test
    void aCampusOutsideTheNetherlandsIsRefused() {
        assertThatThrownBy(() -> exec("""
                INSERT INTO campus (id, name, city, location, province_code, corop_code, rom_code)
                VALUES ('test-paris', 'Paris', 'Paris', ST_SetSRID(ST_MakePoint(2.35, 48.85), 4326)::geography, '', '', '')"""))
                .isInstanceOf(PSQLException.class)
                .hasMessageContaining("lies outside the Netherlands");
    }

    @Test
    void theDatabaseRefusesTwoLeasesOfOneUnitWithOverlappingMonths() throws SQLException {
        lease("2027-01-01", "2027-06-01");
        assertThatThrownBy(() -> lease("2027-06-01", "2027-12-01"))
                .isInstanceOf(PSQLException.class)
                .hasMessageContaining("lease_no_overlap")
                .extracting(e -> ((PSQLException) e).getSQLState()).isEqualTo("23P01");
    }

    @Test
    void leasesThatFollowEachOtherMonthByMonthAreAccepted() throws SQLException {
        lease("2027-01-01", "2027-06-01");
        lease("2027-07-01", "2027-12-01");
        assertThat(row("SELECT count(*) FROM lease WHERE unit_id = '%s'".formatted(UNIT_ID))).isEqualTo("2");
    }

    @Test
    void monthsAreFirstDaysAndLaddersOnlyKnownRungs() {
        assertThatThrownBy(() -> lease("2027-01-15", "2027-06-01")).hasMessageContaining("month_start");
        assertThatThrownBy(() -> exec("UPDATE unit SET containment = 'BSL-2' WHERE id = '%s'".formatted(UNIT_ID)))
                .hasMessageContaining("containment_class");
        assertThatThrownBy(() -> exec("UPDATE unit SET lab_m2 = -5 WHERE id = '%s'".formatted(UNIT_ID)))
                .hasMessageContaining("unit_lab_m2_check");
    }

    @Test
    void aNeedsAcceptableRegionsMustBeProvinces() throws SQLException {
        exec("INSERT INTO company (id, name) VALUES ('00000000-0000-0000-0000-0000000000c1', 'Test BV')");
        exec("""
                INSERT INTO need (id, company_id, title, lab_m2, office_m2, move_in_earliest, move_in_latest, term_months)
                VALUES ('00000000-0000-0000-0000-0000000000b1', '00000000-0000-0000-0000-0000000000c1', 'Lab', 200, 100,
                        '2027-01-01', '2027-06-01', 24)""");
        exec("INSERT INTO need_province (need_id, province_code) VALUES ('00000000-0000-0000-0000-0000000000b1', 'PV26')");
        assertThatThrownBy(() -> exec(
                "INSERT INTO need_province (need_id, province_code) VALUES ('00000000-0000-0000-0000-0000000000b1', 'CR17')"))
                .hasMessageContaining("need_province_province_code_region_kind_fkey");
    }

    @Test
    void aNeedsMaximumAreaIsAtLeastWhatItAsksOrNone() throws SQLException {
        exec("INSERT INTO company (id, name) VALUES ('00000000-0000-0000-0000-0000000000c3', 'Size BV')");
        exec("""
                INSERT INTO need (id, company_id, title, lab_m2, office_m2, move_in_earliest, move_in_latest, term_months)
                VALUES ('00000000-0000-0000-0000-0000000000b3', '00000000-0000-0000-0000-0000000000c3', 'Lab', 200, 100,
                        '2027-01-01', '2027-06-01', 24)""");
        String need = "'00000000-0000-0000-0000-0000000000b3'";
        assertThat(row("SELECT coalesce(max_m2::text, 'none') FROM need WHERE id = " + need)).isEqualTo("none");
        exec("UPDATE need SET max_m2 = 300 WHERE id = " + need);
        assertThatThrownBy(() -> exec("UPDATE need SET max_m2 = 299 WHERE id = " + need))
                .hasMessageContaining("need_max_m2_covers_areas");
        assertThatThrownBy(() -> exec("UPDATE need SET lab_m2 = 250 WHERE id = " + need))
                .as("raising the areas above the maximum").hasMessageContaining("need_max_m2_covers_areas");
    }

    @Test
    void aNeedsHomeRegionIsItsPointOrElseItsOnlyProvince() throws SQLException {
        exec("INSERT INTO company (id, name) VALUES ('00000000-0000-0000-0000-0000000000c2', 'Home BV')");
        exec("""
                INSERT INTO need (id, company_id, title, lab_m2, office_m2, move_in_earliest, move_in_latest, term_months)
                VALUES ('00000000-0000-0000-0000-0000000000b2', '00000000-0000-0000-0000-0000000000c2', 'Lab', 200, 100,
                        '2027-01-01', '2027-06-01', 24)""");
        String need = "'00000000-0000-0000-0000-0000000000b2'";
        String home = "SELECT coalesce(home_province_code, '-') || ' ' || coalesce(home_rom_code, '-') FROM need WHERE id = " + need;
        assertThat(row(home)).isEqualTo("- -");
        exec("INSERT INTO need_province (need_id, province_code) VALUES (%s, 'PV26')".formatted(need));
        assertThat(row(home)).isEqualTo("PV26 ROMUR");
        exec("INSERT INTO need_province (need_id, province_code) VALUES (%s, 'PV27')".formatted(need));
        assertThat(row(home)).as("two provinces: no single home").isEqualTo("- -");
        exec("UPDATE need SET near_location = ST_SetSRID(ST_MakePoint(4.49, 52.16), 4326)::geography, near_max_km = 20 WHERE id = " + need);
        assertThat(row(home)).as("a preferred point wins").isEqualTo("PV28 IQ");
    }

    private void lease(String first, String last) throws SQLException {
        exec("INSERT INTO lease (unit_id, first_month, last_month) VALUES ('%s', '%s', '%s')".formatted(UNIT_ID, first, last));
    }

    private void exec(String sql) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("SAVEPOINT step");
            try {
                st.execute(sql);
            } catch (SQLException e) {
                st.execute("ROLLBACK TO SAVEPOINT step");
                throw e;
            }
        }
    }

    private String row(String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
