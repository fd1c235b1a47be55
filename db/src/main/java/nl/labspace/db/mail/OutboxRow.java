package nl.labspace.db.mail;

import java.time.OffsetDateTime;

/** One mail in the outbox, as the sender and the admin's outbox page read it. */
public record OutboxRow(long id, String recipient, String language, String kind, String subject, String text,
                        String html, String status, int attempts, OffsetDateTime nextAttemptAt, String lastError,
                        OffsetDateTime createdAt, OffsetDateTime sentAt) {
}
