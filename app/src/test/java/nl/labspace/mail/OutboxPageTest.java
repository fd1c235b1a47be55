package nl.labspace.mail;

import static nl.labspace.TestMarket.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.Test;

/**
 * Without an SMTP host (the demo) mails are not sent: they wait in the outbox, and the admin's outbox page shows each
 * with its recipient, kind, subject, text, status and attempts, in the page's language.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "labspace.mail.smtp.host", value = "")
class OutboxPageTest extends TestMarketTest {

    @Test
    void theAdminReadsTheWaitingMailsOnTheOutboxPage() {
        String admin = http.token(ADMIN);
        Reply invited = http.send(HttpRequest.POST("/api/admin/invitations", """
                {"email":"outbox-reader@test.nl","displayName":"Out Box","binding":{"role":"admin"}}""")
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(admin));
        assertThat(invited.status()).isEqualTo(201);

        Reply page = http.send(HttpRequest.GET("/console/admin/outbox").bearerAuth(admin)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "nl"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Er is geen SMTP-server ingesteld")
                .contains("outbox-reader@test.nl").contains("account-invite").contains("Je uitnodiging voor Labspace NL")
                .contains("wacht op verzending").contains("Beste Out Box,").contains("/password/set?token=");
        assertThat(sql.column("SELECT status || '/' || attempts FROM mail_outbox WHERE recipient = 'outbox-reader@test.nl'"))
                .containsExactly("pending/0");
    }
}
