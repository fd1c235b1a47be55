package nl.labspace.db.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import nl.labspace.db.RolledBackTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The two reads every signed-in request makes: is the token still good, and what is the account bound to. */
class AccountQueriesTest extends RolledBackTest {

    private AccountQueries accounts;

    @BeforeEach
    void twoCampuses() {
        accounts = new AccountQueries(dsl);
        dsl.execute("""
                INSERT INTO campus (id, name, city, location, province_code, corop_code, rom_code)
                VALUES ('test-a', 'A', 'Leiden', ST_SetSRID(ST_MakePoint(4.4650, 52.1687), 4326)::geography, '', '', ''),
                       ('test-b', 'B', 'Utrecht', ST_SetSRID(ST_MakePoint(5.1730, 52.0855), 4326)::geography, '', '', '')""");
    }

    @Test
    void aTokenStandsWhileTheAccountIsEnabledOnTheSameRoleAndTheTokenIsNotSignedOut() {
        UUID id = fundManager(List.of("PV27"));
        assertThat(accounts.acceptsToken(id, 0, "jti-1")).isTrue();

        new RevokedTokens(dsl).revoke("jti-1", OffsetDateTime.now().plusHours(1));
        assertThat(accounts.acceptsToken(id, 0, "jti-1")).as("signed out").isFalse();
        assertThat(accounts.acceptsToken(id, 0, "jti-2")).as("another token of the account").isTrue();
        assertThat(accounts.acceptsToken(id, 1, "jti-2")).as("issued under another role version").isFalse();
        assertThat(accounts.acceptsToken(UUID.randomUUID(), 0, "jti-2")).as("no such account").isFalse();

        dsl.execute("UPDATE account SET enabled = false WHERE id = ?", id);
        assertThat(accounts.acceptsToken(id, 0, "jti-2")).as("disabled").isFalse();
    }

    @Test
    void anAccountComesWithItsBindingsSortedAndADisabledOneNotAtAll() {
        UUID manager = accounts.insert(new NewAccount("m@test.nl", "M", "hash", "campus-manager", null, false,
                List.of("test-b", "test-a"), List.of()));
        UUID fund = fundManager(List.of("PV28", "CR25", "PV27"));

        BoundAccountRow m = accounts.findEnabledWithBindings(manager).orElseThrow();
        assertThat(m.role()).isEqualTo("campus-manager");
        assertThat(m.campusIds()).containsExactly("test-a", "test-b");
        assertThat(m.regionCodes()).isEmpty();
        BoundAccountRow f = accounts.findEnabledWithBindings(fund).orElseThrow();
        assertThat(f.campusIds()).isEmpty();
        assertThat(f.regionCodes()).containsExactly("CR25", "PV27", "PV28");

        dsl.execute("UPDATE account SET enabled = false WHERE id = ?", fund);
        assertThat(accounts.findEnabledWithBindings(fund)).isEmpty();
        assertThat(accounts.findEnabledWithBindings(UUID.randomUUID())).isEmpty();
    }

    private UUID fundManager(List<String> regions) {
        return accounts.insert(new NewAccount("f" + regions.size() + "@test.nl", "F", "hash", "fund-manager", null,
                false, List.of(), regions));
    }
}
