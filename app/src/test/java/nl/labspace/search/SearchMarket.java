package nl.labspace.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import nl.labspace.account.AccountBinding;
import nl.labspace.account.AccountService;
import nl.labspace.account.Roles;

/**
 * A market of known distances and regions, on a fixed day. The searcher stands at Leiden Centraal
 * (52.1664 N, 4.4817 E); PostGIS geodesic distances from there: Leiden Bio Science Park 1.4954 km (PV28, CR25, IQ),
 * Delft 20.0616 km (PV28, CR27, IQ), Amsterdam 38.5355 km (PV27, CR23, INWEST), Utrecht 48.1917 km (PV26, CR17,
 * ROMUR), Oss 85.3537 km (PV30, CR35, BOM). TODAY with 60 fresh days makes 2027-01-14 the oldest fresh confirmation.
 */
final class SearchMarket {

    static final String TODAY_TEXT = "2027-03-15";
    static final LocalDate TODAY = LocalDate.parse(TODAY_TEXT);
    static final String LEIDEN_CS = "52.1664,4.4817";
    static final String BSP = "bsp", DELFT = "delft", UTRECHT = "utrecht", AMSTERDAM = "amsterdam", OSS = "oss";
    static final String PASSWORD = "correct horse battery";
    static final String ADMIN = "admin@search.test", MANAGER_BSP = "bsp@search.test", COMPANY = "company@search.test",
            FUND_ZH = "fund-zh@search.test", FUND_LEIDEN = "fund-leiden@search.test",
            FUND_ROM_UTRECHT = "fund-romur@search.test", FUND_NL = "fund-nl@search.test";
    static final String SECRET_COMPANY = "Xylo Secret Holdings", OPEN_COMPANY = "Yarrow Diagnostics";
    static final String SECRET_TITLE = "Project Nightingale relocation", SECRET_TITLE_2 = "Hush gene therapy";

    private SearchMarket() {
    }

    static void create(DataSource dataSource, AccountService accounts) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement st = c.createStatement()) {
            st.execute("""
                    INSERT INTO campus (id, name, city, location) VALUES
                      ('bsp', 'Leiden Bio Science Park', 'Leiden', 'SRID=4326;POINT(4.4600 52.1680)'),
                      ('delft', 'TU Delft Campus', 'Delft', 'SRID=4326;POINT(4.3730 51.9990)'),
                      ('amsterdam', 'Amsterdam Science Park', 'Amsterdam', 'SRID=4326;POINT(4.9540 52.3560)'),
                      ('utrecht', 'Utrecht Science Park', 'Utrecht', 'SRID=4326;POINT(5.1730 52.0855)'),
                      ('oss', 'Pivot Park', 'Oss', 'SRID=4326;POINT(5.5400 51.7650)')""");
            st.execute(units());
            st.execute("INSERT INTO company (id, name, sector) VALUES ('00000000-0000-0000-0000-0000000000c1', '%s', 'drug-discovery'), ('00000000-0000-0000-0000-0000000000c2', '%s', 'diagnostics')"
                    .formatted(SECRET_COMPANY, OPEN_COMPANY));
            st.execute(needs());
        }
        accounts.create("test", ADMIN, "Admin", PASSWORD, new AccountBinding(Roles.ADMIN, null, null, null, false));
        accounts.create("test", MANAGER_BSP, "BSP", PASSWORD, new AccountBinding(Roles.CAMPUS_MANAGER, List.of(BSP), null, null, false));
        accounts.create("test", COMPANY, "Co", PASSWORD, new AccountBinding(Roles.COMPANY, null,
                java.util.UUID.fromString("00000000-0000-0000-0000-0000000000c2"), null, false));
        accounts.create("test", FUND_ZH, "ZH", PASSWORD, fund(List.of("PV28")));
        accounts.create("test", FUND_LEIDEN, "Leiden", PASSWORD, fund(List.of("CR25")));
        accounts.create("test", FUND_ROM_UTRECHT, "ROM Utrecht", PASSWORD, fund(List.of("ROMUR")));
        accounts.create("test", FUND_NL, "NL", PASSWORD, new AccountBinding(Roles.FUND_MANAGER, null, null, null, true));
    }

    private static AccountBinding fund(List<String> regions) {
        return new AccountBinding(Roles.FUND_MANAGER, null, null, regions, false);
    }

    // Names tell what a test expects of each unit. Visible on TODAY by rent: O1 180, D2 200, D1 300, A1 310,
    // U1 325, T1 340, U2 480 (7); the pipeline adds U4 350; U3 and D3 are stale, U5 withdrawn.
    private static String units() {
        return """
                INSERT INTO unit (name, campus_id, status, lab_m2, office_m2, containment, gmp, features, available_from,
                                  available_until, delivery_month, rent_per_m2_year, last_confirmed) VALUES
                  ('U1', 'bsp', 'available', 200, 100, 'ML-II', 'none', '{fume-hood,biosafety-cabinet}', '2027-01-01', NULL, NULL, 325, '2027-03-01'),
                  ('U2', 'bsp', 'available', 600, 100, 'ML-II', 'C', '{fume-hood,autoclave}', '2027-04-01', '2028-12-01', NULL, 480, '2027-02-01'),
                  ('U3', 'bsp', 'available', 300, 50, 'ML-I', 'none', '{}', '2027-01-01', NULL, NULL, 250, '2026-12-01'),
                  ('U4', 'bsp', 'planned', 1500, 500, 'ML-II', 'none', '{}', '2027-09-01', NULL, '2027-09-01', 350, '2027-03-10'),
                  ('U5', 'bsp', 'withdrawn', 100, 0, 'none', 'none', '{}', '2027-01-01', NULL, NULL, 100, '2027-03-01'),
                  ('D1', 'delft', 'available', 400, 200, 'ML-I', 'none', '{fume-hood}', '2027-02-01', '2027-06-01', NULL, 300, '2027-03-14'),
                  ('D2', 'delft', 'available', 100, 0, 'none', 'none', '{}', '2027-01-01', NULL, NULL, 200, '2027-01-14'),
                  ('D3', 'delft', 'available', 150, 0, 'none', 'none', '{}', '2027-01-01', NULL, NULL, 210, '2027-01-13'),
                  ('T1', 'utrecht', 'available', 800, 300, 'ML-III', 'none', '{fume-hood,biosafety-cabinet,autoclave}', '2027-01-01', NULL, NULL, 340, '2027-03-01'),
                  ('A1', 'amsterdam', 'available', 250, 250, 'ML-I', 'D', '{}', '2027-03-01', NULL, NULL, 310, '2027-02-20'),
                  ('O1', 'oss', 'available', 0, 300, 'none', 'none', '{}', '2027-01-01', NULL, NULL, 180, '2027-03-01')""";
    }

    // Open: N2 (window from 2027-02), N1 (03), N4 (05), N3 (10, no point), N7 (2028-01); N5 matched, N6 withdrawn.
    private static String needs() {
        return """
                INSERT INTO need (title, company_id, status, confidential, lab_m2, office_m2, containment, gmp,
                                  move_in_earliest, move_in_latest, term_months, near_location, near_max_km, sector) VALUES
                  ('%s', '00000000-0000-0000-0000-0000000000c1', 'open', true, 400, 150, 'ML-II', 'none', '2027-03-01', '2027-09-01', 36, 'SRID=4326;POINT(4.4817 52.1664)', 30, 'drug-discovery'),
                  ('N2 Diagnostics scale-up', '00000000-0000-0000-0000-0000000000c2', 'open', false, 250, 100, 'ML-I', 'none', '2027-02-01', '2027-06-01', 24, 'SRID=4326;POINT(5.1730 52.0855)', 30, 'diagnostics'),
                  ('N3 Anywhere pilot plant', '00000000-0000-0000-0000-0000000000c2', 'open', false, 1000, 0, 'none', 'B', '2027-10-01', '2028-03-01', 60, NULL, NULL, 'vaccines'),
                  ('N4 Medtech bench', '00000000-0000-0000-0000-0000000000c2', 'open', false, 150, 50, 'none', 'none', '2027-05-01', '2027-08-01', 12, 'SRID=4326;POINT(4.3730 51.9990)', 10, 'medtech'),
                  ('N5 Matched already', '00000000-0000-0000-0000-0000000000c2', 'matched', false, 300, 0, 'none', 'none', '2027-03-01', '2027-04-01', 12, 'SRID=4326;POINT(4.4817 52.1664)', 10, 'oncology'),
                  ('N6 Withdrawn', '00000000-0000-0000-0000-0000000000c2', 'withdrawn', false, 300, 0, 'none', 'none', '2027-03-01', '2027-04-01', 12, 'SRID=4326;POINT(4.4817 52.1664)', 10, 'oncology'),
                  ('%s', '00000000-0000-0000-0000-0000000000c1', 'open', true, 600, 100, 'ML-III', 'none', '2028-01-01', '2028-06-01', 60, 'SRID=4326;POINT(4.9540 52.3560)', 20, 'cell-gene-therapy')
                """.formatted(SECRET_TITLE, SECRET_TITLE_2);
    }
}
