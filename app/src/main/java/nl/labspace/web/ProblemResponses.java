package nl.labspace.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The problem answers of the API in the OpenAPI document: put one of these on a controller method (or on the class,
 * for all its methods) for each 4xx status the operation can answer. Each is an {@code application/problem+json}
 * response whose schema is the one {@code Problem} of app/src/main/openapi/labspace-shared.yml (the shape of
 * {@link Problem}, of the CSV import's problem and of the framework's own answers).
 * <p>
 * They are written out in each operation rather than as {@code $ref}s to {@code components.responses}:
 * micronaut-openapi gives every referenced response a {@code description} beside its {@code $ref}, which OpenAPI 3.0
 * ignores and linters flag. Documentation only: they change no answer.
 */
public final class ProblemResponses {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    private ProblemResponses() {
    }

    /** 400: any operation that reads parameters or a body. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "400", description = "Bad input: a parameter or body value of the wrong type, out of range "
            + "or unknown, a missing required value, malformed JSON, or a path or query value with control characters "
            + "or over 1,000 characters. invalidParams names every offending value; nothing was written.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA),
                    examples = @ExampleObject(name = "invalid", value = """
                            {"type":"about:blank","title":"Bad Request","status":400,
                             "detail":"labM2 must be >= 0, was '-5'",
                             "invalidParams":[{"name":"labM2","value":"-5","reason":"must be >= 0"}]}""")))
    public @interface BadRequest {
    }

    /** 401: operations that need a signed-in caller. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "401", description = "Not signed in: no token, or one that is expired, revoked or of a "
            + "disabled account.", content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA),
                    examples = @ExampleObject(name = "unauthorized", value = "{\"type\":\"about:blank\",\"status\":401}")))
    public @interface Unauthorized {
    }

    /** 403: operations only some roles may call. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "403", description = "Signed in, but the account's role may not call this operation.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA),
                    examples = @ExampleObject(name = "forbidden", value = "{\"type\":\"about:blank\",\"status\":403}")))
    public @interface Forbidden {
    }

    /** 404: operations on an object named in the path. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "404", description = "No such object, or one the caller may not see (another campus's "
            + "unit, another company's need, a region the fund manager does not follow): both get this same answer.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA),
                    examples = @ExampleObject(name = "notFound", value = "{\"type\":\"about:blank\",\"status\":404}")))
    public @interface NotFound {
    }

    /** 409: edits guarded by a version. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "409", description = "The object changed since it was read (the version sent is stale), "
            + "or it can no longer be edited. Read it again and repeat the edit; nothing was written.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA),
                    examples = @ExampleObject(name = "conflict", value = "{\"type\":\"about:blank\",\"status\":409}")))
    public @interface Conflict {
    }

    /** 413: operations that read a body. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "413", description = "The body is over 2 MB (web/RequestSizeFilter), or over 20 MB for an upload; it was "
            + "not read.", content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA),
                    examples = @ExampleObject(name = "tooLarge", value = "{\"type\":\"about:blank\",\"status\":413}")))
    public @interface PayloadTooLarge {
    }

    /** 415: operations that read a body. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(responseCode = "415", description = "The body's Content-Type is not one this operation reads.",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM_SCHEMA),
                    examples = @ExampleObject(name = "unsupported", value = "{\"type\":\"about:blank\",\"status\":415}")))
    public @interface UnsupportedMediaType {
    }
}
