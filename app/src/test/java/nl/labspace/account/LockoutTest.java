package nl.labspace.account;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Three consecutive wrong passwords lock an account; the audit log tells what the caller is not told. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "labspace.security.max-failed-logins", value = "3")
class LockoutTest extends TestMarketTest {

    private static final String VICTIM = "victim@test.nl";
    private static final String BYSTANDER = "bystander@test.nl";
    private static final String FORGETFUL = "forgetful@test.nl";
    private static final String WRONG = "not the password";

    @BeforeAll
    void market() throws Exception {
        for (String email : List.of(VICTIM, BYSTANDER, FORGETFUL)) {
            accounts.create("test", email, email, PASSWORD, new AccountBinding(Roles.FUND_MANAGER, null, null, null, true));
        }
    }

    @Test
    void threeWrongPasswordsLockTheAccountAgainstTheRightOne() {
        Reply wrong = attemptLogin(VICTIM, WRONG);
        attemptLogin(VICTIM, WRONG);
        attemptLogin(VICTIM, WRONG);

        Reply refused = attemptLogin(VICTIM, PASSWORD);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).as("a locked account answers like a wrong password").isEqualTo(wrong.body());
        assertThat(accountListing(VICTIM)).containsEntry("locked", true);
        assertThat(actionsOf(VICTIM)).containsExactly("login.failed", "login.failed", "login.locked", "login.refused");
        assertThat(attemptLogin(BYSTANDER, PASSWORD).status()).as("another account").isEqualTo(200);
        assertThat(accountListing(BYSTANDER)).containsEntry("locked", false);
    }

    @Test
    void theAuditLogNamesTheAccountAndCountsTheFailures() {
        String account = "audited@test.nl";
        accounts.create("test", account, "Audited", PASSWORD, new AccountBinding(Roles.FUND_MANAGER, null, null, null, true));
        for (int i = 0; i < 4; i++) {
            attemptLogin(account, WRONG);
        }

        List<Map<String, Object>> events = auditOf(account);

        assertThat(events).extracting(e -> e.get("actor")).containsOnly(account);
        assertThat(events).extracting(e -> e.get("detail"))
                .containsExactly("failure 1 of 3", "failure 2 of 3", "failure 3 of 3", "locked");
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        attemptLogin(FORGETFUL, WRONG);
        attemptLogin(FORGETFUL, WRONG);
        assertThat(attemptLogin(FORGETFUL, PASSWORD).status()).isEqualTo(200);
        attemptLogin(FORGETFUL, WRONG);
        attemptLogin(FORGETFUL, WRONG);

        assertThat(attemptLogin(FORGETFUL, PASSWORD).status()).isEqualTo(200);
        assertThat(actionsOf(FORGETFUL)).doesNotContain("login.locked", "login.refused");
    }

    private Reply attemptLogin(String email, String password) {
        return http.send(HttpRequest.POST("/api/auth/token", Map.of("email", email, "password", password)));
    }

    /** The login.* events about one account, oldest first. */
    private List<Map<String, Object>> auditOf(String email) {
        return http.list(http.get("/api/admin/audit?action=login.&limit=1000", http.token(ADMIN))).stream()
                .filter(e -> email.equals(e.get("subject")))
                .sorted(Comparator.comparingLong(e -> ((Number) e.get("id")).longValue()))
                .toList();
    }

    private List<Object> actionsOf(String email) {
        return auditOf(email).stream().map(e -> e.get("action")).toList();
    }

    private Map<String, Object> accountListing(String email) {
        return http.list(http.get("/api/admin/accounts", http.token(ADMIN))).stream()
                .filter(a -> email.equals(a.get("email"))).findFirst().orElseThrow();
    }
}
