package nl.labspace.web;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

/**
 * Reads a request body into a request record, strictly: the body must be one JSON object; every property must be a
 * field of the record and of its type (a number is not a string, "yes" is not a boolean, a list holds no null); every
 * text is {@link TextRules clean text}. Every mismatch is named with its JSON path ("binding.campusIds[0]") and value,
 * all at once, before any rule of the feature runs. Bean Validation constraints on the record are checked last, so a
 * body has one error shape whichever layer finds the problem.
 */
@Singleton
public class JsonBodies {

    /** No list in any body is longer; the features' own rules are stricter. */
    static final int MAX_ITEMS = 200;

    private final JsonMapper json;
    private final BeanChecks beans;

    JsonBodies(JsonMapper json, BeanChecks beans) {
        this.json = json;
        this.beans = beans;
    }

    public <T extends Record> T read(String body, Class<T> type) {
        JsonNode root = parse(body);
        List<Violation> wrong = new ArrayList<>();
        Object value = convert(root, type, "", wrong);
        if (!wrong.isEmpty()) {
            throw new BadInput(wrong);
        }
        T record = type.cast(value);
        beans.check(record);
        return record;
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new BadInput("body", null, "must be a JSON object");
        }
        StrictJson.check(body);
        try {
            JsonNode root = json.readValue(body.getBytes(StandardCharsets.UTF_8), Argument.of(JsonNode.class));
            if (root == null || !root.isObject()) {
                throw new BadInput("body", TextRules.shorten(body), "must be a JSON object");
            }
            return root;
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInput bad) {
                throw bad;
            }
            throw new BadInput("body", TextRules.shorten(body), "is not valid JSON");
        }
    }

    private Object convert(JsonNode node, Type type, String path, List<Violation> out) {
        Class<?> raw = rawClass(type);
        if (node == null) {
            return raw == boolean.class ? Boolean.FALSE : null;
        }
        if (node.isNull()) {
            // left out, a plain true/false field is false; sent as null, it is not a boolean
            return raw == boolean.class ? mismatch(node, path, "must be true or false", out) : null;
        }
        if (raw == String.class) {
            return text(node, path, out);
        }
        if (raw == Integer.class || raw == int.class) {
            return whole(node, path, out);
        }
        if (raw == Double.class || raw == double.class) {
            return decimal(node, path, out) == null ? null : node.getDoubleValue();
        }
        if (raw == java.math.BigDecimal.class) {
            return decimal(node, path, out);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return bool(node, path, out);
        }
        if (raw == UUID.class) {
            return uuid(node, path, out);
        }
        if (List.class.isAssignableFrom(raw)) {
            return list(node, ((ParameterizedType) type).getActualTypeArguments()[0], path, out);
        }
        if (raw.isRecord()) {
            return record(node, raw, path, out);
        }
        throw new IllegalStateException("JsonBodies cannot read a " + type + " at " + path);
    }

    private static String text(JsonNode node, String path, List<Violation> out) {
        if (!node.isString()) {
            return mismatch(node, path, "must be a string", out);
        }
        String value = node.getStringValue();
        Refusal broken = TextRules.problem(value);
        if (broken != null) {
            out.add(broken.at(path, value));
            return null;
        }
        return value;
    }

    private static Integer whole(JsonNode node, String path, List<Violation> out) {
        if (!node.isNumber()) {
            return mismatch(node, path, "must be a whole number", out);
        }
        // Written as a whole number: 100.0 and 1e2 are decimals in JSON, and nothing is coerced.
        Number written = node.getNumberValue();
        if (!(written instanceof Integer || written instanceof Long || written instanceof java.math.BigInteger
                || written instanceof Short || written instanceof Byte)) {
            return mismatch(node, path, "must be a whole number, written without a point or an exponent", out);
        }
        java.math.BigDecimal n = exact(node);
        if (n.compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                || n.compareTo(java.math.BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
            return mismatch(node, path, "must be a whole number between %d and %d".formatted(Integer.MIN_VALUE, Integer.MAX_VALUE), out);
        }
        return n.intValueExact();
    }

    private static java.math.BigDecimal decimal(JsonNode node, String path, List<Violation> out) {
        if (!node.isNumber()) {
            return mismatch(node, path, "must be a number", out);
        }
        java.math.BigDecimal n = exact(node);
        // 1e999999 would make any later arithmetic slow or infinite; no figure here needs more than 15 digits.
        if (n == null || n.precision() - n.scale() > 15 || n.scale() > 15) {
            return mismatch(node, path, "must be a number of at most 15 digits before and after the point", out);
        }
        return n;
    }

    /** The number as sent; null when the reader could only hold it as an infinite double (1e999). */
    private static java.math.BigDecimal exact(JsonNode node) {
        Number n = node.getNumberValue();
        if (n instanceof java.math.BigDecimal d) {
            return d;
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? java.math.BigDecimal.valueOf(d) : null;
        }
        return new java.math.BigDecimal(n.toString());
    }

    private static Boolean bool(JsonNode node, String path, List<Violation> out) {
        return node.isBoolean() ? node.getBooleanValue() : mismatch(node, path, "must be true or false", out);
    }

    private static UUID uuid(JsonNode node, String path, List<Violation> out) {
        if (node.isString()) {
            try {
                return UUID.fromString(node.getStringValue());
            } catch (IllegalArgumentException e) {
                // answered below
            }
        }
        return mismatch(node, path, "must be a UUID", out);
    }

    private List<Object> list(JsonNode node, Type itemType, String path, List<Violation> out) {
        if (!node.isArray()) {
            return mismatch(node, path, "must be a list", out);
        }
        if (node.size() > MAX_ITEMS) {
            out.add(Violation.of(path, "(%d items)".formatted(node.size()), "must have at most %d items".formatted(MAX_ITEMS)));
            return null;
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String itemPath = path + "[" + i + "]";
            if (item == null || item.isNull()) {
                out.add(Violation.of(itemPath, null, "must not be null"));
            } else {
                items.add(convert(item, itemType, itemPath, out));
            }
        }
        return items;
    }

    private Object record(JsonNode node, Class<?> type, String path, List<Violation> out) {
        if (!node.isObject()) {
            return mismatch(node, path.isEmpty() ? "body" : path, "must be a JSON object", out);
        }
        RecordComponent[] components = type.getRecordComponents();
        Set<String> known = new HashSet<>();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            known.add(c.getName());
            values[i] = convert(node.get(c.getName()), c.getGenericType(), join(path, c.getName()), out);
        }
        for (Map.Entry<String, JsonNode> property : node.entries()) {
            if (!known.contains(property.getKey())) {
                out.add(Violation.of(join(path, TextRules.shorten(property.getKey())), render(property.getValue()),
                        "is not a field here (fields: %s)".formatted(known.stream().sorted().toList())));
            }
        }
        return out.isEmpty() ? construct(type, components, values) : null;
    }

    private static Object construct(Class<?> type, RecordComponent[] components, Object[] values) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    private static <T> T mismatch(JsonNode node, String path, String reason, List<Violation> out) {
        out.add(Violation.of(path, render(node), reason));
        return null;
    }

    /** The value as the caller sent it, in JSON terms, shortened for the answer. */
    private static String render(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isString()) {
            return node.getStringValue();
        }
        if (node.isArray()) {
            return "(a list of %d)".formatted(node.size());
        }
        if (node.isObject()) {
            return "(an object)";
        }
        if (node.isBoolean()) {
            return String.valueOf(node.getBooleanValue());
        }
        java.math.BigDecimal n = exact(node);
        return n == null ? String.valueOf(node.getNumberValue()) : n.stripTrailingZeros().toPlainString();
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Class<?> rawClass(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }
}
