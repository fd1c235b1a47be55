package nl.labspace.page;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import nl.labspace.web.Reason;
import nl.labspace.web.Violation;

/**
 * A sent form's values as the page shows them again: one value per field, several for a checkbox group. A
 * form-encoded body binds as a map whose repeated fields are lists; this reads both alike.
 */
public final class FormValues {

    /** As the JSON reader: decimals have at most 15 digits before and after the point. */
    private static final int MAX_DIGITS = 15;

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

    /** These values without any password typed, to keep a form's answer a while (FormAnswers). */
    public FormValues withoutSecrets() {
        Map<String, List<String>> kept = new LinkedHashMap<>(values);
        kept.keySet().removeIf(name -> name.toLowerCase(java.util.Locale.ROOT).contains("password"));
        return new FormValues(kept);
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

    /** Whether the field was sent at all (a checkbox group sends nothing when none is ticked, unless a hidden field does). */
    public boolean sent(String name) {
        return values.containsKey(name);
    }

    /** Whether a checkbox group holds this value (th:checked). */
    public boolean has(String name, String value) {
        return all(name).contains(value);
    }

    /** The field as a whole number, null when empty; text that is not one is added to wrong under the field's name. */
    public @Nullable Integer whole(String field, List<Violation> wrong) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            wrong.add(Violation.of(field, value, Reason.WHOLE));
            return null;
        }
    }

    /**
     * The field as a decimal, with a point or a Dutch decimal comma ("325,50"); null when empty. A separator before
     * exactly three digits, or two separators, could be a thousands separator and is refused.
     */
    public @Nullable BigDecimal decimal(String field, List<Violation> wrong) {
        return decimal(field, text(field), wrong);
    }

    /** A value of this form (one part of a field, say) read as a decimal and named as field when it is not one. */
    public static @Nullable BigDecimal decimal(String field, @Nullable String value, List<Violation> wrong) {
        if (value == null) {
            return null;
        }
        // "1.250" is 1250 to a Dutch reader and 1.25 to an English one: rather than guess, such a value is refused
        if (value.matches("[+-]?[0-9]+[.,][0-9]{3}") || value.replaceAll("[^.,]", "").length() > 1) {
            wrong.add(Violation.of(field, value, Reason.NO_GROUPING));
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(value.replace(',', '.'));
            if (n.precision() - n.scale() > MAX_DIGITS || n.scale() > MAX_DIGITS) {
                wrong.add(Violation.of(field, value, Reason.DIGITS, MAX_DIGITS));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            wrong.add(Violation.of(field, value, Reason.NUMBER));
            return null;
        }
    }
}
