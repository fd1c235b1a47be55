package nl.labspace.web;

import java.util.Locale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One broken rule: the field, the offending value as sent (null when missing), and the rule in words. */
@Serdeable
public record Violation(String field, @Nullable String value, String reason) {

    /**
     * The value as an answer may show it: a password never (not even a wrong one), a long or odd text shortened with
     * its control characters made visible.
     */
    public static Violation of(String field, @Nullable Object value, String reason) {
        String shown = value == null ? null
                : field.toLowerCase(Locale.ROOT).contains("password") ? "(hidden)" : TextRules.shorten(String.valueOf(value));
        return new Violation(field, shown, reason);
    }

    /** The field, or for an item of a list ("features[2]") the list's own field ("features"). */
    public String listField() {
        return field.replaceFirst("\\[\\d+]$", "");
    }

    public String message() {
        return "%s %s, was %s".formatted(field, reason, value == null ? "missing" : "'" + value + "'");
    }
}
