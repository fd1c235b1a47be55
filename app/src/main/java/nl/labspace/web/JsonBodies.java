package nl.labspace.web;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

/**
 * Reads a JSON object into a request record, naming every property whose value has the wrong type
 * (e.g. "labM2": "lots") with that value. The JSON reader itself reports only a line and column.
 */
@Singleton
public class JsonBodies {

    private final JsonMapper json;

    JsonBodies(JsonMapper json) {
        this.json = json;
    }

    public <T extends Record> T read(Map<String, Object> body, Class<T> type) {
        if (body == null) {
            throw new BadInput("body", null, "must be a JSON object");
        }
        List<Violation> wrong = new ArrayList<>();
        mismatches("", body, type, wrong);
        if (!wrong.isEmpty()) {
            throw new BadInput(wrong);
        }
        try {
            return json.readValue(json.writeValueAsBytes(body), Argument.of(type));
        } catch (IOException e) {
            throw new BadInput("body", null, "could not be read: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static void mismatches(String prefix, Map<String, Object> body, Class<?> record, List<Violation> out) {
        for (RecordComponent component : record.getRecordComponents()) {
            Object value = body.get(component.getName());
            String name = prefix + component.getName();
            Class<?> type = component.getType();
            if (value == null) {
                continue;
            }
            if (type.isRecord() && value instanceof Map<?, ?> nested) {
                mismatches(name + ".", (Map<String, Object>) nested, type, out);
            } else if (!fits(type, value)) {
                out.add(new Violation(name, String.valueOf(value), "must be " + describe(type)));
            }
        }
    }

    private static boolean fits(Class<?> type, Object value) {
        if (isWhole(type)) {
            return value instanceof Number n && new BigDecimal(n.toString()).stripTrailingZeros().scale() <= 0;
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return value instanceof Number;
        }
        if (type == Boolean.class || type == boolean.class) {
            return value instanceof Boolean;
        }
        if (List.class.isAssignableFrom(type)) {
            return value instanceof List<?>;
        }
        if (type.isRecord()) {
            return value instanceof Map<?, ?>;
        }
        return type != String.class || value instanceof String;
    }

    private static boolean isWhole(Class<?> type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class;
    }

    private static String describe(Class<?> type) {
        if (isWhole(type)) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type.isRecord()) {
            return "an object";
        }
        return List.class.isAssignableFrom(type) ? "a list" : "a " + type.getSimpleName().toLowerCase();
    }
}
