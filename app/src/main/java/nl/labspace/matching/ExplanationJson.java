package nl.labspace.matching;

import java.lang.reflect.RecordComponent;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine's explanation records as plain JSON-ready maps: each record's components by name, enums by their
 * code, months "YYYY-MM", and for each variant of a sealed type a "code" naming it. Numbers and ids only; words
 * are the pages' and the reader's language.
 */
final class ExplanationJson {

    private ExplanationJson() {
    }

    static Object of(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof YearMonth month) {
            return month.toString();
        }
        if (value instanceof Enum<?> e) {
            return code(e);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(ExplanationJson::of).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), of(v)));
            return out;
        }
        if (value instanceof Record record) {
            return record(record);
        }
        return String.valueOf(value);
    }

    private static Map<String, Object> record(Record record) {
        Map<String, Object> out = new LinkedHashMap<>();
        Class<?> type = record.getClass();
        if (type.getInterfaces().length > 0 && type.getInterfaces()[0].isSealed()) {
            out.put("kind", type.getSimpleName());
        }
        for (RecordComponent c : type.getRecordComponents()) {
            try {
                c.getAccessor().setAccessible(true);
                out.put(c.getName(), of(c.getAccessor().invoke(record)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c, e);
            }
        }
        return out;
    }

    private static Object code(Enum<?> e) {
        try {
            return e.getClass().getMethod("code").invoke(e);
        } catch (ReflectiveOperationException ignored) {
            return e.name();
        }
    }

    /** Drops every need id but the one the reader may see (other companies' needs stay anonymous). */
    @SuppressWarnings("unchecked")
    static Object withoutOtherNeeds(Object json, String visibleNeedId) {
        if (json instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                boolean needId = "needId".equals(k) || "holderNeedId".equals(k);
                out.put((String) k, needId && !String.valueOf(v).equals(visibleNeedId) ? null : withoutOtherNeeds(v, visibleNeedId));
            });
            return out;
        }
        if (json instanceof List<?> list) {
            return list.stream().map(v -> withoutOtherNeeds(v, visibleNeedId)).toList();
        }
        return json;
    }

    /**
     * A confidential need as a campus sees it: areas, class, window and region only. The cost terms that would tell
     * more (its sector, its distance to the company's preferred place) are left out.
     */
    static Object anonymous(Object json) {
        if (json instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (!"sector".equals(k)) {
                    out.put((String) k, anonymous(v));
                }
            });
            return out;
        }
        if (json instanceof List<?> list) {
            return list.stream().filter(v -> !(v instanceof Map<?, ?> m && REVEALING.contains(m.get("kind"))))
                    .map(ExplanationJson::anonymous).toList();
        }
        return json;
    }

    private static final Set<String> REVEALING = Set.of("Distance", "CampusFocus");
}
