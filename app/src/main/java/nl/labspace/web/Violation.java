package nl.labspace.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One broken rule: the field, the offending value as sent (null when missing), and the rule in words. */
@Serdeable
public record Violation(String field, @Nullable String value, String reason) {

    public String message() {
        return "%s %s, was %s".formatted(field, reason, value == null ? "missing" : "'" + value + "'");
    }
}
