package nl.labspace.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.labspace.account.TestSql;
import nl.labspace.page.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Restarts and several instances: mails pending when the app stops are sent by the next start, once; two
 * instances sending from one outbox at the same time deliver every mail once.
 */
class OutboxRestartTest {

    @RegisterExtension
    static final TestMail mail = TestMail.start();

    @Test
    void pendingMailIsSentOnceAfterARestart() {
        try (EmbeddedServer first = start(noSmtp(), true)) {
            first.getApplicationContext().getBean(TestMailEvents.class).happen("restart@test.nl", Languages.DUTCH, "Na de herstart");
            assertThat(mail.settle(Duration.ofMillis(500), m -> m.isTo("restart@test.nl"))).as("no SMTP: nothing sent").isEmpty();
        }

        try (EmbeddedServer second = start(mail.properties(), false)) {
            mail.awaitTo("restart@test.nl", "test-note");
            assertThat(mail.settle(Duration.ofSeconds(2), m -> m.isTo("restart@test.nl"))).hasSize(1);
            assertThat(sql(second).column("SELECT status FROM mail_outbox WHERE recipient = 'restart@test.nl'"))
                    .containsExactly("sent");
        }
    }

    @Test
    void twoInstancesSendEveryMailOnce() {
        int mails = 30;
        try (EmbeddedServer writer = start(noSmtp(), true)) {
            TestMailEvents events = writer.getApplicationContext().getBean(TestMailEvents.class);
            for (int i = 0; i < mails; i++) {
                events.happen("many-%02d@test.nl".formatted(i), Languages.ENGLISH, "Mail " + i);
            }
        }

        try (EmbeddedServer one = start(mail.properties(), false); EmbeddedServer two = start(mail.properties(), false)) {
            mail.await(mails, m -> m.to().get(0).startsWith("many-"));
            var received = mail.settle(Duration.ofSeconds(2), m -> m.to().get(0).startsWith("many-"));
            assertThat(received).hasSize(mails);
            assertThat(received.stream().map(ReceivedMail::messageId).distinct()).hasSize(mails);
            assertThat(sql(one).count("mail_outbox WHERE status = 'sent' AND recipient LIKE 'many-%'")).isEqualTo(mails);
        }
    }

    private static Map<String, Object> noSmtp() {
        return Map.of("labspace.mail.smtp.host", "");
    }

    /** An app on a free port; clean drops the test database's schema first (only the first start of a test). */
    private static EmbeddedServer start(Map<String, ?> properties, boolean clean) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("flyway.datasources.default.clean-schema", String.valueOf(clean));
        return ApplicationContext.run(EmbeddedServer.class, all, "test");
    }

    private static TestSql sql(EmbeddedServer server) {
        return new TestSql(server.getApplicationContext().getBean(DataSource.class));
    }
}
