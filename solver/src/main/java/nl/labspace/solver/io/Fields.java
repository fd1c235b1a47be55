package nl.labspace.solver.io;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed reads of one JSON object with errors that name the field path and the offending value. */
final class Fields {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final JsonNode node;
    private final String path;

    Fields(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new InstanceFormatException("%s: expected an object, was %s"
                    .formatted(path.isEmpty() ? "document" : path, shown(node)));
        }
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    JsonNode raw(String field) {
        return node.get(field);
    }

    InstanceFormatException error(String field, String problem) {
        return new InstanceFormatException("%s: %s".formatted(path(field), problem));
    }

    String text(String field) {
        JsonNode v = require(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw error(field, "expected a non-empty string, was " + shown(v));
        }
        return v.asText();
    }

    String optionalText(String field) {
        return has(field) ? text(field) : null;
    }

    double number(String field) {
        JsonNode v = require(field);
        if (!v.isNumber()) {
            throw error(field, "expected a number, was " + shown(v));
        }
        return v.asDouble();
    }

    Double optionalNumber(String field) {
        return has(field) ? number(field) : null;
    }

    /** A whole number >= min (areas, months, counts). */
    int wholeAtLeast(String field, int min) {
        JsonNode v = require(field);
        if (!v.isNumber() || !v.canConvertToInt() || v.asDouble() != Math.rint(v.asDouble())) {
            throw error(field, "expected a whole number, was " + shown(v));
        }
        if (v.asInt() < min) {
            throw error(field, "must be >= %d, was %s".formatted(min, v.asText()));
        }
        return v.asInt();
    }

    YearMonth month(String field) {
        JsonNode v = require(field);
        return parseMonth(v, path(field));
    }

    YearMonth optionalMonth(String field) {
        return has(field) ? month(field) : null;
    }

    static YearMonth parseMonth(JsonNode v, String path) {
        if (v == null || !v.isTextual() || !MONTH.matcher(v.asText()).matches()) {
            throw new InstanceFormatException("%s: malformed month %s".formatted(path, shown(v)));
        }
        try {
            return YearMonth.parse(v.asText());
        } catch (DateTimeParseException e) {
            throw new InstanceFormatException("%s: malformed month %s".formatted(path, shown(v)), e);
        }
    }

    /** A ladder value; a missing or null value means none. */
    <T> T ladder(String field, Function<String, T> fromCode) {
        if (!has(field)) {
            return fromCode.apply(null);
        }
        JsonNode v = node.get(field);
        try {
            if (!v.isTextual()) {
                throw new IllegalArgumentException("expected a string");
            }
            return fromCode.apply(v.asText());
        } catch (IllegalArgumentException e) {
            throw error(field, "unknown value " + shown(v));
        }
    }

    Set<String> strings(String field) {
        return new LinkedHashSet<>(stringList(field));
    }

    List<String> stringList(String field) {
        List<String> out = new ArrayList<>();
        if (!has(field)) {
            return out;
        }
        JsonNode v = node.get(field);
        if (!v.isArray()) {
            throw error(field, "expected an array of strings, was " + shown(v));
        }
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw error(field + "[" + i + "]", "expected a string, was " + shown(v.get(i)));
            }
            out.add(v.get(i).asText());
        }
        return out;
    }

    /** Elements of an optional array field, each with its own path. */
    List<Fields> objects(String field, boolean required) {
        List<Fields> out = new ArrayList<>();
        if (!has(field)) {
            if (required) {
                throw error(field, "missing");
            }
            return out;
        }
        JsonNode v = node.get(field);
        if (!v.isArray()) {
            throw error(field, "expected an array, was " + shown(v));
        }
        for (int i = 0; i < v.size(); i++) {
            out.add(new Fields(v.get(i), path(field) + "[" + i + "]"));
        }
        return out;
    }

    private JsonNode require(String field) {
        if (!has(field)) {
            throw error(field, "missing");
        }
        return node.get(field);
    }

    static String shown(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        return v.isTextual() ? "'" + v.asText() + "'" : v.toString();
    }
}
