package nl.labspace.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Bad values for one path or query parameter, by its documented schema. */
final class BadValues {

    private BadValues() {
    }

    static List<String> forParameter(Map<String, Object> schema) {
        List<String> bad = new ArrayList<>(List.of("a\u0000b", "x".repeat(100_000)));
        switch (Schemas.type(schema)) {
            case "integer" -> bad.addAll(List.of("abc", "1.5", "99999999999999999999"));
            case "number" -> bad.addAll(List.of("abc", "1e999"));
            case "boolean" -> bad.add("maybe");
            default -> {
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
}
