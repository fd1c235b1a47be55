package nl.labspace.matching;

import java.lang.reflect.RecordComponent;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine's explanation records as plain JSON-ready maps: each record's components by name, enums by their
 * code, months "YYYY-MM", and for each variant of a sealed type a "kind" naming it: how a proposal stores its
 * explanation. Numbers and ids only; StoredExplanation reads it back into the records, and what a reader sees of
 * it is ExplanationProjection's.
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
}
