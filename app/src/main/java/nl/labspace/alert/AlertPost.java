package nl.labspace.alert;

import java.util.Locale;

import jakarta.inject.Singleton;
import nl.labspace.db.alert.Recipient;
import nl.labspace.mail.Mail;
import nl.labspace.mail.MailLanguages;
import nl.labspace.mail.Outbox;

/**
 * Where alert mails meet the mail feature (Contract 1): the owner's preferred language, and the mail queued in the
 * outbox inside the alert's transaction, so a mail exists if and only if its alert is recorded.
 */
@Singleton
class AlertPost {

    private final Outbox outbox;
    private final MailLanguages languages;

    AlertPost(Outbox outbox, MailLanguages languages) {
        this.outbox = outbox;
        this.languages = languages;
    }

    Locale languageOf(Recipient to) {
        return languages.ofAccount(to.accountId());
    }

    void enqueue(Recipient to, Locale language, String kind, AlertMessage message) {
        outbox.enqueue(new Mail(to.email(), language, kind, message.subject(), message.text(), message.html()));
    }
}
