package nl.labspace.alert;

import java.util.Locale;

import jakarta.inject.Singleton;
import nl.labspace.db.alert.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TEMPORARY until the mail feature's Outbox is merged (Contract 1): the one place where alert mails meet the mail
 * API. It must call Outbox.enqueue(new Mail(to, language, kind, subject, text, html)) inside the caller's
 * transaction and read the account's preferred language.
 */
@Singleton
class AlertPost {

    private static final Logger LOG = LoggerFactory.getLogger(AlertPost.class);

    Locale languageOf(Recipient to) {
        return Locale.forLanguageTag("nl");
    }

    void enqueue(Recipient to, Locale language, String kind, AlertMessage message) {
        LOG.info("alert mail {} to account {}: {}", kind, to.accountId(), message.subject());
    }
}
