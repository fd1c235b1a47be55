package nl.labspace.web;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 9457 problem document; invalid-params lists each offending field with its value. A refusal the pages word
 * per language also carries its reason's code and values (at the top for a 409, per parameter for a 400).
 */
@Serdeable
public record Problem(String type, String title, int status, String detail,
                      @Nullable List<InvalidParam> invalidParams, @Nullable Reason code, @Nullable List<String> values) {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    @Serdeable
    public record InvalidParam(String name, @Nullable String value, String reason, @Nullable Reason code,
                               @Nullable List<String> values) {
        public static InvalidParam of(Violation v) {
            return new InvalidParam(v.field(), v.value(), v.reason(), v.code(), v.code() == null ? null : v.values());
        }
    }

    public static HttpResponse<Problem> badRequest(String detail, List<InvalidParam> params) {
        return response(HttpStatus.BAD_REQUEST, detail, params);
    }

    public static HttpResponse<Problem> response(HttpStatus status, String detail, @Nullable List<InvalidParam> params) {
        return send(new Problem("about:blank", status.getReason(), status.getCode(), detail, params, null, null));
    }

    /** A refusal of the market's state (409) with its reason's code and values. */
    public static HttpResponse<Problem> conflict(Conflict e) {
        HttpStatus status = HttpStatus.CONFLICT;
        return send(new Problem("about:blank", status.getReason(), status.getCode(), e.getMessage(), null, e.code(), e.values()));
    }

    private static HttpResponse<Problem> send(Problem problem) {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status())).contentType(PROBLEM_JSON).body(problem);
    }
}
