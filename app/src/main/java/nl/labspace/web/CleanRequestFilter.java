package nl.labspace.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteMatch;

/**
 * Path and query values are text too: one with a control character (NUL above all, which PostgreSQL text cannot
 * hold) or longer than any value the API takes is refused here, for every endpoint, before a controller sees it.
 */
@ServerFilter("/**")
class CleanRequestFilter {

    /** No path segment or query value of the API is longer (the longest are lists of features or region codes). */
    static final int MAX_VALUE = 1_000;

    /** The query parameters that may be repeated (a search's features, as a form's checkboxes send them). */
    static final Set<String> REPEATABLE = Set.of("features", "compare");

    private final BadInputHandler badInput;

    CleanRequestFilter(BadInputHandler badInput) {
        this.badInput = badInput;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseUnclean(HttpRequest<?> request) {
        if (untypedBody(request)) {
            return Problem.response(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "a request body needs a Content-Type: "
                    + "application/json (text/csv for the CSV import)", null);
        }
        List<Violation> found = new ArrayList<>();
        pathValues(request).forEach((name, value) -> check(name, value, found));
        for (String name : request.getParameters().names()) {
            check(name, name, found);
            List<String> values = request.getParameters().getAll(name);
            values.forEach(value -> check(name, value, found));
            // which of two values would count is the reader's choice, not the caller's: say it once
            if (values.size() > 1 && !REPEATABLE.contains(name)) {
                found.add(Violation.of(TextRules.shorten(name), String.join(",", values), "is given more than once"));
            }
        }
        return found.isEmpty() ? null : badInput.handle(request, new BadInput(found));
    }

    /** An API body without a Content-Type is not guessed to be JSON. */
    private static boolean untypedBody(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        boolean carries = method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
        boolean hasBody = request.getContentLength() > 0 || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
        return carries && hasBody && request.getContentType().isEmpty() && request.getPath().startsWith("/api/");
    }

    private static void check(String name, String value, List<Violation> found) {
        Refusal problem = value.length() > MAX_VALUE ? Refusal.of(Reason.MAX_CHARS, MAX_VALUE)
                : value.indexOf('\uFFFD') >= 0 ? Refusal.of(Reason.PERCENT_UTF8)
                : value.matches("\\+[0-9].*") ? Refusal.of(Reason.PLUS_SIGN)
                : TextRules.lineProblem(value);
        if (problem != null) {
            found.add(problem.at(TextRules.shorten(name), value));
        }
    }

    /** Path variables by name when the route is known, else the whole decoded path as "path". */
    private static Map<String, String> pathValues(HttpRequest<?> request) {
        var match = RouteAttributes.getRouteMatch(request);
        if (match.isPresent() && match.get() instanceof UriRouteMatch<?, ?> uri) {
            Map<String, String> values = new java.util.LinkedHashMap<>();
            uri.getVariableValues().forEach((k, v) -> values.put(k, String.valueOf(v)));
            return values;
        }
        String raw = request.getUri().getRawPath();
        try {
            return Map.of("path", URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Map.of("path", raw);
        }
    }
}
