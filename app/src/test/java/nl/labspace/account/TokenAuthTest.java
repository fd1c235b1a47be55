package nl.labspace.account;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarket;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.Test;

/** API clients: bearer tokens from /api/auth/token, revoked by /api/auth/logout; failures tell nothing apart. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class TokenAuthTest extends TestMarketTest {

    @Test
    void aBearerTokenAuthenticatesAsItsAccount() {
        Reply tokenReply = requestToken(COMPANY_X_USER, PASSWORD);
        Map<String, Object> token = http.object(tokenReply);
        assertThat(token).containsEntry("tokenType", "Bearer");

        Map<String, Object> me = http.object(http.get("/api/me", (String) token.get("accessToken")));

        assertThat(me).containsEntry("email", COMPANY_X_USER).containsEntry("role", Roles.COMPANY)
                .containsEntry("companyId", TestMarket.COMPANY_X.toString());
    }

    @Test
    void aTokenIsRefusedAfterItsLogout() {
        String token = http.token(MANAGER_A);
        assertThat(http.get("/api/me", token).status()).isEqualTo(200);

        Reply logout = http.send(HttpRequest.POST("/api/auth/logout", "").bearerAuth(token));

        assertThat(logout.status()).isEqualTo(204);
        assertThat(http.get("/api/me", token).status()).isEqualTo(401);
        assertThat(http.get("/api/me", http.token(MANAGER_A)).status()).as("a new token of the same account").isEqualTo(200);
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        Reply wrongPassword = requestToken(MANAGER_A, "not the password");
        Reply unknownEmail = requestToken("nobody@test.nl", PASSWORD);

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(unknownEmail.contentType()).isEqualTo(wrongPassword.contentType()).contains("json");
        assertThat(unknownEmail.body()).isEqualTo(wrongPassword.body()).doesNotContain("nobody").doesNotContain(MANAGER_A);
    }

    @Test
    void noAnswerEverCarriesAPasswordHash() {
        List<String> hashes = sql.column("SELECT password_hash FROM account");
        assertThat(hashes).hasSize(6).allMatch(h -> h.startsWith("$2"));

        String adminToken = http.token(ADMIN);
        Reply allAccounts = http.get("/api/admin/accounts", adminToken);
        assertThat(http.list(allAccounts)).hasSize(6);
        List<String> bodies = List.of(
                allAccounts.body(),
                http.get("/api/me", adminToken).body(),
                http.get("/api/me", http.token(MANAGER_A)).body(),
                http.get("/api/me", http.token(COMPANY_X_USER)).body(),
                http.get("/api/me", http.token(FUND_ZH)).body());

        for (String body : bodies) {
            assertThat(body).doesNotContainIgnoringCase("password").doesNotContain("$2a$").doesNotContain("$2y$");
            hashes.forEach(hash -> assertThat(body).doesNotContain(hash));
        }
    }

    private Reply requestToken(String email, String password) {
        return http.send(HttpRequest.POST("/api/auth/token", Map.of("email", email, "password", password)));
    }
}
