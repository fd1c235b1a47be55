package nl.labspace.mail;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.mail.NewMail;
import nl.labspace.db.mail.OutboxStore;

/**
 * Where every mail starts: one row in mail_outbox, written in the caller's transaction, so the mail exists if and
 * only if the event that causes it commits. {@link MailSender} delivers it later, with retries.
 */
@Singleton
public class Outbox {

    private final OutboxStore store;

    Outbox(OutboxStore store) {
        this.store = store;
    }

    /** Writes the mail to the outbox. Call it from inside the @Transactional method that makes the event. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void enqueue(Mail mail) {
        store.insert(new NewMail(mail.to(), mail.languageCode(), mail.kind(), mail.subject(), mail.text(), mail.html()));
    }
}
