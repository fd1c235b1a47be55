package nl.labspace.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;

/**
 * A sent form's values as the page shows them again: one value per field, several for a checkbox group. A
 * form-encoded body binds as a map whose repeated fields are lists; this reads both alike.
 */
public final class FormValues {

    private final Map<String, List<String>> values;

    private FormValues(Map<String, List<String>> values) {
        this.values = values;
    }

    public static FormValues empty() {
        return new FormValues(Map.of());
    }

    /** A bound form body: String or List values. */
    public static FormValues of(@Nullable Map<String, ?> body) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (body != null) {
            body.forEach((name, value) -> values.put(name, value instanceof List<?> l
                    ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(value))));
        }
        return new FormValues(values);
    }

    /** Values to show in a new form (an edit form filled from what is stored). */
    public static FormValues filled(Map<String, List<String>> values) {
        return new FormValues(Map.copyOf(values));
    }

    /** The field's (first) value, or null when it was not sent. */
    public @Nullable String one(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** The field's value, null when missing or blank, otherwise stripped. */
    public @Nullable String text(String name) {
        String v = one(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
    }

    /** Whether a checkbox group holds this value (th:checked). */
    public boolean has(String name, String value) {
        return all(name).contains(value);
    }
}
