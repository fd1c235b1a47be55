package nl.labspace.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import nl.labspace.db.Vocabulary;

/**
 * Collects every broken rule of one input (a JSON body or a CSV row) before anything is written, so the answer
 * lists them all. Field names are prefixed (e.g. "near.lat") by the caller.
 */
public final class Checks {

    /** Rents are numeric(8,2) in the database (units and needs alike): a larger one is named here, not failed there. */
    public static final BigDecimal RENT_LIMIT = new BigDecimal("1000000");

    private final List<Violation> violations = new ArrayList<>();

    /** Lab and office area in m², as units and needs both state them. */
    public record Areas(int labM2, int officeM2) {
    }

    /** What a lab must be: containment and GMP on their ladders, and features it must have. */
    public record LabSpec(String containment, String gmp, List<String> features) {
    }

    /** Two months, the second not before the first (either may be null when optional or unreadable). */
    public record MonthSpan(LocalDate first, LocalDate last) {
    }

    public void fail(String field, Object value, Reason code, Object... values) {
        violations.add(Violation.of(field, value, code, values));
    }

    public String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            fail(field, value, Reason.REQUIRED);
        } else if (value.length() > maxLength) {
            fail(field, value, Reason.MAX_CHARS, maxLength);
        } else if (TextRules.problem(value) != null) {
            violations.add(TextRules.problem(value).at(field, value));
        }
        return value == null ? null : value.trim();
    }

    public int atLeast(String field, Integer value, int min, boolean required) {
        if (value == null) {
            if (required) {
                fail(field, null, Reason.REQUIRED);
            }
            return min;
        }
        if (value < min) {
            fail(field, value, Reason.AT_LEAST, min);
        }
        return value;
    }

    public BigDecimal positive(String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                fail(field, null, Reason.REQUIRED);
            }
        } else if (value.signum() <= 0) {
            fail(field, value.toPlainString(), Reason.POSITIVE);
        }
        return value;
    }

    /** Values the database column cannot hold are named here rather than failing there. */
    public void below(String field, BigDecimal value, BigDecimal limit) {
        if (value != null && value.compareTo(limit) >= 0) {
            fail(field, value.toPlainString(), Reason.BELOW, limit.toPlainString());
        }
    }

    /** A rent in euros per m² per year: above zero and below what the column holds. */
    public BigDecimal rent(String field, BigDecimal value, boolean required) {
        positive(field, value, required);
        below(field, value, RENT_LIMIT);
        // the column keeps cents: more digits would be rounded away unseen
        if (value != null && value.stripTrailingZeros().scale() > 2) {
            fail(field, value.toPlainString(), Reason.CENTS);
        }
        return value;
    }

    /** Both areas required, neither negative, not both zero. */
    public Areas areas(Integer labM2, Integer officeM2) {
        int lab = atLeast("labM2", labM2, 0, true);
        int office = atLeast("officeM2", officeM2, 0, true);
        if (labM2 != null && officeM2 != null && lab + office == 0) {
            fail("labM2", lab, Reason.NO_AREA);
        }
        return new Areas(lab, office);
    }

    /** Containment and GMP default to "none", features to none. */
    public LabSpec labSpec(String containment, String gmp, List<String> features) {
        return new LabSpec(oneOf("containment", containment, Vocabulary.CONTAINMENT, "none"),
                oneOf("gmp", gmp, Vocabulary.GMP, "none"), allOf("features", features, Vocabulary.FEATURES));
    }

    public MonthSpan monthSpan(String firstField, String first, boolean firstRequired,
                               String lastField, String last, boolean lastRequired) {
        LocalDate from = month(firstField, first, firstRequired);
        LocalDate until = month(lastField, last, lastRequired);
        if (from != null && until != null && until.isBefore(from)) {
            fail(lastField, last, Reason.NOT_BEFORE, firstField, first);
        }
        return new MonthSpan(from, until);
    }

    public String oneOf(String field, String value, Collection<String> allowed, String fallback) {
        if (value == null) {
            return fallback;
        }
        if (!allowed.contains(value)) {
            fail(field, value, Reason.ONE_OF, String.join(", ", allowed));
        }
        return value;
    }

    public List<String> allOf(String field, List<String> values, Collection<String> allowed) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (!allowed.contains(values.get(i))) {
                fail(field + "[" + i + "]", values.get(i), Reason.ONE_OF, String.join(", ", allowed));
            }
        }
        return values.stream().distinct().toList();
    }

    /** A month written YYYY-MM, as its first day. */
    public LocalDate month(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                fail(field, value, Reason.REQUIRED_MONTH);
            }
            return null;
        }
        try {
            return YearMonth.parse(value.trim()).atDay(1);
        } catch (DateTimeParseException e) {
            fail(field, value, Reason.MONTH);
            return null;
        }
    }

    public double range(String field, Double value, double min, double max) {
        if (value == null) {
            fail(field, null, Reason.REQUIRED);
            return min;
        }
        if (value < min || value > max || value.isNaN()) {
            fail(field, value, Reason.BETWEEN, min, max);
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
