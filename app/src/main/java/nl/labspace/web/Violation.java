package nl.labspace.web;

import java.util.List;
import java.util.Locale;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One broken rule: the field, the offending value as sent (null when missing), the rule in English words, and the
 * same rule as a code with its values (null for the few rules only API clients can break, such as an unknown JSON
 * field), which pages word in their own language.
 */
@Serdeable
public record Violation(String field, @Nullable String value, String reason, @Nullable Reason code, List<String> values) {

    public Violation {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** A rule that pages word by its code. */
    public static Violation of(String field, @Nullable Object value, Reason code, Object... values) {
        List<String> texts = Reason.values(values);
        return new Violation(field, shown(field, value), code.english(texts), code, texts);
    }

    /** A rule only API clients can break: English words, no code. */
    public static Violation of(String field, @Nullable Object value, String reason) {
        return new Violation(field, shown(field, value), reason, null, List.of());
    }

    /** The same rule at another field (a form's control for a JSON path, a holder's prefix). */
    public Violation at(String otherField) {
        return new Violation(otherField, value, reason, code, values);
    }

    /**
     * The value as an answer may show it: a password never (not even a wrong one), a long or odd text shortened with
     * its control characters made visible.
     */
    private static String shown(String field, @Nullable Object value) {
        return value == null ? null
                : field.toLowerCase(Locale.ROOT).contains("password") ? "(hidden)" : TextRules.shorten(String.valueOf(value));
    }

    /** The field, or for an item of a list ("features[2]") the list's own field ("features"). */
    public String listField() {
        return field.replaceFirst("\\[\\d+]$", "");
    }

    public String message() {
        return "%s %s, was %s".formatted(field, reason, value == null ? "missing" : "'" + value + "'");
    }
}
