package nl.labspace.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads schemas of the OpenAPI document: follows $ref and allOf, and builds a plain sample value of each. */
final class Schemas {

    private Schemas() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> resolve(Map<String, Object> document, Map<String, Object> schema) {
        if (schema == null) {
            return Map.of();
        }
        Object ref = schema.get("$ref");
        if (ref instanceof String r && r.startsWith("#/components/schemas/")) {
            Map<String, Object> components = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
            return resolve(document, (Map<String, Object>) components.get(r.substring("#/components/schemas/".length())));
        }
        if (schema.get("allOf") instanceof List<?> all && !all.isEmpty()) {
            Map<String, Object> merged = new LinkedHashMap<>();
            for (Object part : all) {
                merged.putAll(resolve(document, (Map<String, Object>) part));
            }
            return merged;
        }
        return schema;
    }

    static String type(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof String t) {
            return t;
        }
        return schema.containsKey("properties") ? "object" : "string";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Map<String, Object> document, Map<String, Object> schema) {
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        Map<String, Object> resolved = new LinkedHashMap<>();
        properties.forEach((name, s) -> resolved.put(name, resolve(document, (Map<String, Object>) s)));
        return resolved;
    }

    /** A value of the schema's type; plain, not necessarily one the endpoint's rules accept. */
    @SuppressWarnings("unchecked")
    static Object sample(Map<String, Object> document, Map<String, Object> schema) {
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        return switch (type(schema)) {
            case "integer" -> 1;
            case "number" -> 1;
            case "boolean" -> false;
            case "array" -> List.of();
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                properties(document, schema).forEach((name, s) -> object.put(name, sample(document, (Map<String, Object>) s)));
                yield object;
            }
            default -> "uuid".equals(schema.get("format")) ? UUID.randomUUID().toString() : "x";
        };
    }
}
