package nl.labspace.mail;

import java.time.OffsetDateTime;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import nl.labspace.db.mail.OutboxRow;
import nl.labspace.db.mail.OutboxStore;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Delivers one due mail per transaction. The row stays locked (FOR UPDATE SKIP LOCKED) from its claim until it is
 * marked sent after the server accepted it, so another sender or instance skips it; if the process dies in between,
 * the row is still pending and is sent again with the same Message-ID.
 */
@Singleton
class OutboxDelivery {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int ERROR_CHARS = 500;

    private final OutboxStore store;
    private final SmtpTransport transport;
    private final MailConfiguration config;

    OutboxDelivery(OutboxStore store, SmtpTransport transport, MailConfiguration config) {
        this.store = store;
        this.transport = transport;
        this.config = config;
    }

    /** Tries the oldest due mail; false when none was due (or every due one is another sender's). */
    @Transactional
    boolean deliverOne() {
        Optional<OutboxRow> claimed = store.claimDue();
        claimed.ifPresent(this::deliver);
        return claimed.isPresent();
    }

    private void deliver(OutboxRow row) {
        try {
            transport.send(row);
            store.markSent(row.id());
        } catch (MessagingException | RuntimeException e) {
            String error = describe(e);
            int attempts = row.attempts() + 1;
            if (refusedForGood(e) && attempts >= config.maxRefusals()) {
                LOG.warn("mail {} ({}) to {} refused for good after {} attempts: {}", row.id(), row.kind(), row.recipient(), attempts, error);
                store.markFailed(row.id(), error);
            } else {
                LOG.info("mail {} ({}) not delivered yet, attempt {}: {}", row.id(), row.kind(), attempts, error);
                store.markRetry(row.id(), error, OffsetDateTime.now().plus(config.backoff(attempts)));
            }
        }
    }

    /** A 5xx answer about this mail or its recipient; anything else (no connection, 4xx) may pass later. */
    static boolean refusedForGood(Exception e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SMTPAddressFailedException a && a.getReturnCode() >= 500) {
                return true;
            }
            if (t instanceof SMTPSendFailedException s && s.getReturnCode() >= 500) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String describe(Exception e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (e instanceof SendFailedException s && s.getInvalidAddresses() != null && s.getInvalidAddresses().length > 0) {
            text += " (refused: " + s.getInvalidAddresses()[0] + ")";
        }
        return text.length() > ERROR_CHARS ? text.substring(0, ERROR_CHARS) : text;
    }
}
