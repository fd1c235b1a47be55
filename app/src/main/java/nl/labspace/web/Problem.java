package nl.labspace.web;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.serde.annotation.Serdeable;

/** An RFC 9457 problem document; invalid-params lists each offending field with its value. */
@Serdeable
public record Problem(String type, String title, int status, String detail,
                      @Nullable List<InvalidParam> invalidParams) {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    @Serdeable
    public record InvalidParam(String name, @Nullable String value, String reason) {
    }

    public static HttpResponse<Problem> badRequest(String detail, List<InvalidParam> params) {
        return response(HttpStatus.BAD_REQUEST, detail, params);
    }

    public static HttpResponse<Problem> response(HttpStatus status, String detail, @Nullable List<InvalidParam> params) {
        Problem problem = new Problem("about:blank", status.getReason(), status.getCode(), detail, params);
        return HttpResponse.<Problem>status(status).contentType(PROBLEM_JSON).body(problem);
    }
}
