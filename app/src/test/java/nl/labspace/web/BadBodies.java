package nl.labspace.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bad JSON bodies for one request schema: the whole body malformed, too large or not an object, and then each
 * property (nested ones by dotted path) given a wrong type, a NUL character, 100,000 characters, a huge or
 * fractional number, 1e2 or 100.0 for a whole number, a number just outside its documented range, null for a
 * required property, an unknown enum value, or a null inside its list; a key given twice; text after the object.
 */
final class BadBodies {

    /** A JSON text written as is (numbers the writer would not produce, e.g. 1e30). */
    record Raw(String json) {
    }

    record BadBody(String field, String json) {
    }

    private final Map<String, Object> document;
    private final Map<String, Object> base;
    private final List<BadBody> out = new ArrayList<>();

    private BadBodies(Map<String, Object> document, Map<String, Object> base) {
        this.document = document;
        this.base = base;
    }

    @SuppressWarnings("unchecked")
    static List<BadBody> of(Map<String, Object> document, Map<String, Object> schema) {
        Object sample = Schemas.sample(document, schema);
        if (!(sample instanceof Map<?, ?> map)) {
            return List.of();
        }
        BadBodies bodies = new BadBodies(document, (Map<String, Object>) map);
        bodies.out.add(new BadBody("body", "{\"a\":"));
        bodies.out.add(new BadBody("body", "[]"));
        bodies.out.add(new BadBody("body", "\"just text\""));
        bodies.out.add(new BadBody("body", "{\"pad\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}"));
        bodies.out.add(new BadBody("noSuchField", Json.write(with(bodies.base, List.of("noSuchField"), 1))));
        String whole = Json.write(bodies.base);
        bodies.out.add(new BadBody("body", whole + "xyz"));
        bodies.out.add(new BadBody("body", whole + " {}"));
        if (!bodies.base.isEmpty()) {
            Map.Entry<String, Object> first = bodies.base.entrySet().iterator().next();
            bodies.out.add(new BadBody(first.getKey(), whole.substring(0, whole.length() - 1) + ","
                    + Json.write(first.getKey()) + ":" + Json.write(first.getValue()) + "}"));
        }
        bodies.properties(List.of(), schema);
        return bodies.out;
    }

    @SuppressWarnings("unchecked")
    private void properties(List<String> at, Map<String, Object> schema) {
        Schemas.properties(document, schema).forEach((name, s) -> {
            List<String> path = new ArrayList<>(at);
            path.add(name);
            Map<String, Object> property = (Map<String, Object>) s;
            List<Object> values = badValues(property);
            if (required(schema).contains(name)) {
                values.add(null);
            }
            for (Object bad : values) {
                out.add(new BadBody(String.join(".", path), Json.write(with(base, path, bad))));
            }
            if ("object".equals(Schemas.type(property))) {
                properties(path, property);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private List<Object> badValues(Map<String, Object> schema) {
        List<Object> bad = new ArrayList<>();
        switch (Schemas.type(schema)) {
            case "integer" -> {
                bad.addAll(List.of("12", 1.5, new Raw("1e30"), true, new Raw("1e2"), new Raw("100.0")));
                outOfRange(schema, bad);
            }
            case "number" -> {
                bad.addAll(List.of("12", new Raw("1e30"), false));
                outOfRange(schema, bad);
            }
            case "boolean" -> bad.addAll(List.of("yes", 1));
            case "array" -> {
                Map<String, Object> items = Schemas.resolve(document, (Map<String, Object>) schema.getOrDefault("items", Map.of()));
                bad.addAll(List.of("x", Map.of()));
                bad.add(listOf((Object) null));
                if ("string".equals(Schemas.type(items))) {
                    bad.addAll(List.of(List.of(12345), List.of("a\u0000b"), List.of("x".repeat(100_000))));
                }
            }
            case "object" -> bad.addAll(List.of("x", List.of()));
            default -> {
                bad.addAll(List.of(12345, true, Map.of(), List.of("x"), "a\u0000b", "x".repeat(100_000)));
                if (schema.containsKey("enum")) {
                    bad.add("no-such-value");
                }
                if ("uuid".equals(schema.get("format"))) {
                    bad.add("not-a-uuid");
                }
            }
        }
        return bad;
    }

    /** Just below the documented minimum and just above the documented maximum. */
    private static void outOfRange(Map<String, Object> schema, List<Object> bad) {
        if (schema.get("minimum") instanceof Number min) {
            bad.add(new Raw(new java.math.BigDecimal(min.toString()).subtract(java.math.BigDecimal.ONE).toPlainString()));
        }
        if (schema.get("maximum") instanceof Number max) {
            bad.add(new Raw(new java.math.BigDecimal(max.toString()).add(java.math.BigDecimal.ONE).toPlainString()));
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> required(Map<String, Object> schema) {
        Object required = Schemas.resolve(document, schema).get("required");
        return required instanceof List<?> list ? (List<String>) list : List.of();
    }

    private static List<Object> listOf(Object item) {
        List<Object> list = new ArrayList<>();
        list.add(item);
        return list;
    }

    /** A deep copy of the body with the value at path replaced. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> with(Map<String, Object> body, List<String> path, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        String head = path.get(0);
        if (path.size() == 1) {
            copy.put(head, value);
        } else {
            Object inner = copy.get(head);
            Map<String, Object> nested = inner instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
            copy.put(head, with(nested, path.subList(1, path.size()), value));
        }
        return copy;
    }

    /** Just enough JSON writing for these bodies (NUL escaped as \u0000, Raw written as is). */
    static final class Json {
        private Json() {
        }

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            write(value, out);
            return out.toString();
        }

        private static void write(Object value, StringBuilder out) {
            if (value == null) {
                out.append("null");
            } else if (value instanceof Raw raw) {
                out.append(raw.json());
            } else if (value instanceof String s) {
                out.append('"');
                for (char c : s.toCharArray()) {
                    if (c == '"' || c == '\\') {
                        out.append('\\').append(c);
                    } else if (c < 0x20) {
                        out.append("\\u%04x".formatted((int) c));
                    } else {
                        out.append(c);
                    }
                }
                out.append('"');
            } else if (value instanceof Map<?, ?> map) {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.append(first ? "" : ",");
                    first = false;
                    write(String.valueOf(e.getKey()), out);
                    out.append(':');
                    write(e.getValue(), out);
                }
                out.append('}');
            } else if (value instanceof List<?> list) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    write(list.get(i), out);
                }
                out.append(']');
            } else {
                out.append(value);
            }
        }
    }
}
