package nl.labspace.mail;

import java.util.Locale;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * An event that causes a mail, for the outbox's own tests: it renders the test template (test resources
 * mail/test-note) and enqueues it in its transaction, then commits, or fails after enqueueing.
 */
@Singleton
public class TestMailEvents {

    /** The model of mail/test-note: public, as templates read it by its accessors. */
    public record Note(String subject, String name, String link) {
    }

    private final Outbox outbox;
    private final MailTemplates templates;
    private final PublicLinks links;

    TestMailEvents(Outbox outbox, MailTemplates templates, PublicLinks links) {
        this.outbox = outbox;
        this.templates = templates;
        this.links = links;
    }

    @Transactional
    public void happen(String to, Locale language, String subject) {
        outbox.enqueue(note(to, language, subject));
    }

    @Transactional
    public void failAfterMail(String to, Locale language, String subject) {
        outbox.enqueue(note(to, language, subject));
        throw new IllegalStateException("the event fails after its mail was enqueued");
    }

    private Mail note(String to, Locale language, String subject) {
        return templates.render(to, language, "test-note", "test-note",
                new Note(subject, "Ada <Lovelace>", links.absolute("/notes?id=1&x=2")));
    }
}
