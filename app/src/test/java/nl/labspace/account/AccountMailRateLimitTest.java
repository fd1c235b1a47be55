package nl.labspace.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.Test;

/**
 * Account mails and mailed links are rate-limited per email address and per client address (here 2 and 3 within an
 * hour): past the limit the answer is 429 problem+json with Retry-After, and nothing more is mailed.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "labspace.accounts.per-email", value = "2")
@Property(name = "labspace.accounts.per-address", value = "3")
class AccountMailRateLimitTest extends TestMarketTest {

    @Test
    void resetMailsToOneAddressAreLimited() {
        String email = "{\"email\":\"manager-a@test.nl\"}";
        assertThat(post("/api/auth/password-reset", email).status()).isEqualTo(202);
        assertThat(post("/api/auth/password-reset", email).status()).isEqualTo(202);

        Reply limited = post("/api/auth/password-reset", email);

        assertTooMany(limited);
        assertThat(sql.count("mail_outbox WHERE recipient = 'manager-a@test.nl' AND kind = 'password-reset'")).isEqualTo(2);
    }

    @Test
    void linkAttemptsFromOneClientAreLimited() {
        String guess = "{\"token\":\"guess\",\"password\":\"long enough password\"}";
        for (int i = 0; i < 3; i++) {
            assertThat(post("/api/auth/password", guess).status()).isEqualTo(400);
        }

        assertTooMany(post("/api/auth/password", guess));
    }

    private void assertTooMany(Reply reply) {
        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(reply.headers().get(HttpHeaders.RETRY_AFTER))).isBetween(1L, 3600L);
        Map<String, Object> problem = http.object(reply);
        assertThat(problem).containsEntry("status", 429);
        assertThat(problem.get("detail").toString()).startsWith("too many requests");
    }

    private Reply post(String path, String body) {
        return http.send(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE));
    }
}
