package nl.labspace.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects every broken rule of one input (a JSON body or a CSV row) before anything is written, so the answer
 * lists them all. Field names are prefixed (e.g. "near.lat") by the caller.
 */
public final class Checks {

    private final List<Violation> violations = new ArrayList<>();

    public void fail(String field, Object value, String reason) {
        violations.add(new Violation(field, value == null ? null : String.valueOf(value), reason));
    }

    public String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            fail(field, value, "is required");
        } else if (value.length() > maxLength) {
            fail(field, value.substring(0, 40) + "...", "must be at most %d characters".formatted(maxLength));
        }
        return value == null ? null : value.trim();
    }

    public int atLeast(String field, Integer value, int min, boolean required) {
        if (value == null) {
            if (required) {
                fail(field, null, "is required");
            }
            return min;
        }
        if (value < min) {
            fail(field, value, "must be >= " + min);
        }
        return value;
    }

    public BigDecimal positive(String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                fail(field, null, "is required");
            }
        } else if (value.signum() <= 0) {
            fail(field, value.toPlainString(), "must be > 0");
        }
        return value;
    }

    /** Values the database column cannot hold are named here rather than failing there. */
    public void below(String field, BigDecimal value, BigDecimal limit) {
        if (value != null && value.compareTo(limit) >= 0) {
            fail(field, value.toPlainString(), "must be below " + limit.toPlainString());
        }
    }

    public String oneOf(String field, String value, Collection<String> allowed, String fallback) {
        if (value == null) {
            return fallback;
        }
        if (!allowed.contains(value)) {
            fail(field, value, "must be one of " + allowed);
        }
        return value;
    }

    public List<String> allOf(String field, List<String> values, Collection<String> allowed) {
        if (values == null) {
            return List.of();
        }
        values.stream().filter(v -> !allowed.contains(v)).forEach(v -> fail(field, v, "must be one of " + allowed));
        return values.stream().distinct().toList();
    }

    /** A month written YYYY-MM, as its first day. */
    public LocalDate month(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                fail(field, value, "is required (YYYY-MM)");
            }
            return null;
        }
        try {
            return YearMonth.parse(value.trim()).atDay(1);
        } catch (DateTimeParseException e) {
            fail(field, value, "must be a month written YYYY-MM");
            return null;
        }
    }

    public double range(String field, Double value, double min, double max) {
        if (value == null) {
            fail(field, null, "is required");
            return min;
        }
        if (value < min || value > max || value.isNaN()) {
            fail(field, value, "must be between %s and %s".formatted(min, max));
        }
        return value;
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new BadInput(violations);
        }
    }
}
