package nl.labspace;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import nl.labspace.account.AccountBinding;
import nl.labspace.account.AccountService;
import nl.labspace.account.Roles;

/**
 * A small two-tenant market for access tests: campus A (Leiden, Zuid-Holland) and campus B (Utrecht), company X
 * with a confidential need near Leiden and company Y with an open need near Utrecht, and one account per actor.
 * Y's need takes up to 750 m² in total (rule 2b), so unit B (700 m²) suits it.
 */
public final class TestMarket {

    public static final String PASSWORD = "correct horse battery";
    public static final String CAMPUS_A = "test-campus-a";
    public static final String CAMPUS_B = "test-campus-b";
    public static final UUID COMPANY_X = UUID.fromString("00000000-0000-0000-0000-00000000c0a1");
    public static final UUID COMPANY_Y = UUID.fromString("00000000-0000-0000-0000-00000000c0b2");
    public static final UUID UNIT_A = UUID.fromString("00000000-0000-0000-0000-0000000a0001");
    public static final UUID UNIT_B = UUID.fromString("00000000-0000-0000-0000-0000000b0001");
    public static final UUID NEED_X = UUID.fromString("00000000-0000-0000-0000-00000000aea1");
    public static final UUID NEED_Y = UUID.fromString("00000000-0000-0000-0000-00000000aeb2");
    /** Company X's anonymous enquiry (for its confidential need X) about unit A. */
    public static final UUID THREAD_X = UUID.fromString("00000000-0000-0000-0000-0000000e0001");

    public static final String ADMIN = "admin@test.nl";
    public static final String MANAGER_A = "manager-a@test.nl";
    public static final String MANAGER_B = "manager-b@test.nl";
    public static final String COMPANY_X_USER = "founder-x@test.nl";
    public static final String COMPANY_Y_USER = "founder-y@test.nl";
    public static final String FUND_ZH = "fund-zh@test.nl";

    private TestMarket() {
    }

    /** Idempotent per test context: the schema is cleaned when a Micronaut test context starts. */
    public static void create(DataSource dataSource, AccountService accounts) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement st = c.createStatement()) {
            st.execute("""
                    INSERT INTO campus (id, name, city, location) VALUES
                      ('%s', 'Campus A', 'Leiden', ST_SetSRID(ST_MakePoint(4.4650, 52.1687), 4326)::geography),
                      ('%s', 'Campus B', 'Utrecht', ST_SetSRID(ST_MakePoint(5.1730, 52.0855), 4326)::geography)
                    """.formatted(CAMPUS_A, CAMPUS_B));
            st.execute("""
                    INSERT INTO unit (id, campus_id, name, lab_m2, office_m2, containment, available_from, rent_per_m2_year)
                    VALUES ('%s', '%s', 'A1', 300, 100, 'ML-II', '2027-01-01', 325),
                           ('%s', '%s', 'B1', 500, 200, 'ML-I', '2027-01-01', 300)
                    """.formatted(UNIT_A, CAMPUS_A, UNIT_B, CAMPUS_B));
            st.execute("INSERT INTO company (id, name, sector) VALUES ('%s', 'Xylo Therapeutics', 'drug-discovery'), ('%s', 'Yarrow Diagnostics', 'diagnostics')"
                    .formatted(COMPANY_X, COMPANY_Y));
            st.execute("""
                    INSERT INTO need (id, company_id, title, lab_m2, office_m2, containment, move_in_earliest, move_in_latest,
                                      term_months, near_location, near_max_km, sector, confidential, max_m2)
                    VALUES ('%s', '%s', 'Secret relocation lab', 400, 150, 'ML-II', '2027-03-01', '2027-09-01', 36,
                            ST_SetSRID(ST_MakePoint(4.49, 52.16), 4326)::geography, 40, 'drug-discovery', true, NULL),
                           ('%s', '%s', 'Diagnostics scale-up', 250, 100, 'ML-I', '2027-02-01', '2027-06-01', 24,
                            ST_SetSRID(ST_MakePoint(5.12, 52.09), 4326)::geography, 30, 'diagnostics', false, 750)
                    """.formatted(NEED_X, COMPANY_X, NEED_Y, COMPANY_Y));
        }
        accounts.create("test", ADMIN, "Admin", PASSWORD, new AccountBinding(Roles.ADMIN, null, null, null, false));
        accounts.create("test", MANAGER_A, "Manager A", PASSWORD, campusManager(CAMPUS_A));
        accounts.create("test", MANAGER_B, "Manager B", PASSWORD, campusManager(CAMPUS_B));
        accounts.create("test", COMPANY_X_USER, "Founder X", PASSWORD, new AccountBinding(Roles.COMPANY, null, COMPANY_X, null, false));
        accounts.create("test", COMPANY_Y_USER, "Founder Y", PASSWORD, new AccountBinding(Roles.COMPANY, null, COMPANY_Y, null, false));
        accounts.create("test", FUND_ZH, "Fund ZH", PASSWORD, new AccountBinding(Roles.FUND_MANAGER, null, null, List.of("PV28"), false));
        enquiry(dataSource);
    }

    private static void enquiry(DataSource dataSource) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement st = c.createStatement()) {
            st.execute("""
                    INSERT INTO enquiry (id, unit_id, company_id, asked_by, need_id, anonymous)
                    SELECT '%s', '%s', '%s', id, '%s', true FROM account WHERE email = '%s';
                    INSERT INTO enquiry_message (enquiry_id, side, author_id, body)
                    SELECT '%s', 'company', id, 'Is unit A free in spring?' FROM account WHERE email = '%s'
                    """.formatted(THREAD_X, UNIT_A, COMPANY_X, NEED_X, COMPANY_X_USER, THREAD_X, COMPANY_X_USER));
        }
    }

    private static AccountBinding campusManager(String campus) {
        return new AccountBinding(Roles.CAMPUS_MANAGER, List.of(campus), null, null, false);
    }
}
