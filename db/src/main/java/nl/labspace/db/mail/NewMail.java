package nl.labspace.db.mail;

/** A mail to write to the outbox: language is "nl" or "en", html may be null. */
public record NewMail(String recipient, String language, String kind, String subject, String text, String html) {
}
