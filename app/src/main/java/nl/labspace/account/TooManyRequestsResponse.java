package nl.labspace.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.labspace.web.ProblemResponses;

/** The 429 of a rate-limited operation, for the OpenAPI document. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "429", description = "Too many requests from this client address or for this email "
        + "address within LABSPACE_RATE_WINDOW; Retry-After says how many seconds to wait.",
        headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = "integer")),
        content = @Content(mediaType = ProblemResponses.PROBLEM_JSON, schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA)))
@interface TooManyRequestsResponse {
}
