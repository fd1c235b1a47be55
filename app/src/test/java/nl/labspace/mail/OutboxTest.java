package nl.labspace.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.labspace.account.TestSql;
import nl.labspace.page.Languages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A mail exists if and only if its event commits, and reaches the SMTP server once, outage or not. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxTest implements TestPropertyProvider {

    @RegisterExtension
    static final TestMail mail = TestMail.start();

    @Inject
    TestMailEvents events;
    @Inject
    Outbox outbox;
    @Inject
    MailTemplates templates;
    @Inject
    EmbeddedServer server;
    @Inject
    DataSource dataSource;

    private TestSql sql;

    @Override
    public Map<String, String> getProperties() {
        return mail.properties();
    }

    @BeforeAll
    void sql() {
        sql = new TestSql(dataSource);
    }

    @Test
    void aCommittedEventsMailArrivesWithRecipientSubjectAndAbsoluteLink() {
        events.happen("ada@test.nl", Languages.ENGLISH, "Your note");

        ReceivedMail received = mail.awaitTo("ada@test.nl", "test-note");

        assertThat(received.to()).containsExactly("ada@test.nl");
        assertThat(received.subject()).isEqualTo("Your note");
        assertThat(received.language()).isEqualTo("en");
        assertThat(received.text()).startsWith("Dear Ada <Lovelace>,");
        assertThat(received.link("/notes")).isEqualTo(server.getURL() + "/notes?id=1&x=2");
        assertThat(received.html()).as("the HTML part escapes what it shows").contains("Ada &lt;Lovelace&gt;")
                .contains("href=\"" + server.getURL() + "/notes?id=1&amp;x=2\"");
        assertThat(sql.column("SELECT status FROM mail_outbox WHERE recipient = 'ada@test.nl'")).containsExactly("sent");
    }

    @Test
    void aMailIsInTheRecipientsLanguage() {
        events.happen("bram@test.nl", Languages.DUTCH, "Je notitie");

        ReceivedMail received = mail.awaitTo("bram@test.nl", "test-note");

        assertThat(received.language()).isEqualTo("nl");
        assertThat(received.text()).startsWith("Beste Ada <Lovelace>,").contains("Met vriendelijke groet,\nLabspace NL");
    }

    @Test
    void anEventThatFailsLeavesNoMail() {
        assertThatThrownBy(() -> events.failAfterMail("gone@test.nl", Languages.DUTCH, "Never"))
                .isInstanceOf(IllegalStateException.class);

        assertThat(sql.count("mail_outbox WHERE recipient = 'gone@test.nl'")).isZero();
        assertThat(mail.settle(Duration.ofMillis(500), m -> m.isTo("gone@test.nl"))).isEmpty();
    }

    @Test
    void enqueueingOutsideATransactionIsRefused() {
        Mail note = templates.render("loose@test.nl", Languages.DUTCH, "test-note", "test-note",
                new TestMailEvents.Note("Loose", "Ada", "https://x.test/"));

        assertThatThrownBy(() -> outbox.enqueue(note)).isInstanceOf(RuntimeException.class);
        assertThat(sql.count("mail_outbox WHERE recipient = 'loose@test.nl'")).isZero();
    }

    @Test
    void anSmtpOutageDelaysMailAndLosesNone() {
        mail.stop();
        try {
            events.happen("outage@test.nl", Languages.DUTCH, "Tijdens de storing");
            awaitAttempts("outage@test.nl", 2);
            assertThat(sql.column("SELECT status FROM mail_outbox WHERE recipient = 'outage@test.nl'")).containsExactly("pending");
        } finally {
            mail.restart();
        }

        mail.awaitTo("outage@test.nl", "test-note");

        assertThat(mail.settle(Duration.ofSeconds(2), m -> m.isTo("outage@test.nl"))).as("delivered once").hasSize(1);
        assertThat(sql.column("SELECT status FROM mail_outbox WHERE recipient = 'outage@test.nl'")).containsExactly("sent");
        assertThat(sql.column("SELECT last_error IS NULL FROM mail_outbox WHERE recipient = 'outage@test.nl'")).containsExactly("t");
    }

    private void awaitAttempts(String recipient, int attempts) {
        long until = System.currentTimeMillis() + TestMail.WAIT.toMillis();
        String query = "SELECT attempts FROM mail_outbox WHERE recipient = '%s'".formatted(recipient);
        while (Integer.parseInt(sql.column(query).get(0)) < attempts) {
            assertThat(System.currentTimeMillis()).as("attempts of the mail to " + recipient).isLessThan(until);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
