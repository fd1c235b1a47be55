package nl.labspace.mail;

import java.util.Locale;
import java.util.Objects;

/**
 * One mail to one recipient, in the recipient's language (Dutch or English). kind is a short code such as
 * "account-invite" or "enquiry-received", shown on the admin's outbox page and used by tests; html may be null.
 * Make one with {@link MailTemplates#render}; hand it to {@link Outbox#enqueue} inside the event's transaction.
 */
public record Mail(String to, Locale language, String kind, String subject, String text, String html) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if (!kind.matches("[a-z0-9.-]{1,60}")) {
            throw new IllegalArgumentException("mail kind '%s' is not a short lower-case code".formatted(kind));
        }
        if (subject.isBlank() || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("mail subject '%s' must be one non-blank line".formatted(subject));
        }
    }

    /** "nl" or "en", as the outbox stores it. */
    String languageCode() {
        return MailLanguages.code(language);
    }
}
