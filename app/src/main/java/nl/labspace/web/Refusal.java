package nl.labspace.web;

import java.util.List;

/** A reason with its values, before it is pinned to a field (what a text rule finds wrong with any text). */
public record Refusal(Reason code, List<String> values) {

    public Refusal {
        values = List.copyOf(values);
    }

    public static Refusal of(Reason code, Object... values) {
        return new Refusal(code, Reason.values(values));
    }

    public String english() {
        return code.english(values);
    }

    public Violation at(String field, Object value) {
        return Violation.of(field, value, code, values.toArray());
    }
}
