package nl.labspace.web;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks rules: answered 400 application/problem+json naming each field and value; nothing is written. */
public class BadInput extends RuntimeException {

    private final transient List<Violation> violations;

    /** A rule only API clients can break (English words, no code). */
    public BadInput(String field, Object value, String rule) {
        this(List.of(Violation.of(field, value, rule)));
    }

    public BadInput(String field, Object value, Reason code, Object... values) {
        this(List.of(Violation.of(field, value, code, values)));
    }

    public BadInput(List<Violation> violations) {
        super(violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
