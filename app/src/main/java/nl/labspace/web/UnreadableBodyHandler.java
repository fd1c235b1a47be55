package nl.labspace.web;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

/**
 * A body that does not fit its type (e.g. "labM2": "lots") is a 400 problem naming the property and the value.
 * The JSON reader reports only a line and column, so the raw body is read again as plain JSON and compared,
 * property by property, with the record it should have filled.
 */
@Singleton
@Produces("application/problem+json")
@Replaces(ConversionErrorHandler.class)
class UnreadableBodyHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {

    private final JsonMapper json;

    UnreadableBodyHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException e) {
        Class<?> target = e.getArgument().getType();
        Optional<String> raw = request.getBody(String.class);
        List<Problem.InvalidParam> params = new ArrayList<>();
        if (raw.isPresent() && target.isRecord()) {
            try {
                mismatches("", json.readValue(raw.get(), Argument.mapOf(String.class, Object.class)), target, params);
            } catch (IOException unreadable) {
                params.add(new Problem.InvalidParam("body", null, "is not valid JSON"));
            }
        }
        if (params.isEmpty()) {
            params.add(new Problem.InvalidParam(e.getArgument().getName(), null, "could not be read: " + e.getMessage()));
        }
        String detail = params.stream().map(p -> "%s %s, was %s".formatted(p.name(), p.reason(),
                p.value() == null ? "missing" : "'" + p.value() + "'")).reduce((a, b) -> a + "; " + b).orElseThrow();
        return Problem.badRequest(detail, params);
    }

    @SuppressWarnings("unchecked")
    private static void mismatches(String prefix, Map<String, Object> body, Class<?> record, List<Problem.InvalidParam> out) {
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
                out.add(new Problem.InvalidParam(name, String.valueOf(value), "must be " + describe(type)));
            }
        }
    }

    private static boolean fits(Class<?> type, Object value) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
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
        return type != String.class || value instanceof String;
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        return List.class.isAssignableFrom(type) ? "a list" : "a " + type.getSimpleName().toLowerCase();
    }
}
