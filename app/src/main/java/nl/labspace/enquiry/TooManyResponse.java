package nl.labspace.enquiry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.labspace.web.ProblemResponses;

/** 429 in the OpenAPI document (as web/ProblemResponses does for the other statuses): a limit against abuse. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@ApiResponse(responseCode = "429", description = "A limit against abuse is reached (enquiries per company, or messages per "
        + "side of a thread, in the last 24 hours); nothing was written. Retry-After says when to try again.",
        content = @Content(mediaType = ProblemResponses.PROBLEM_JSON, schema = @Schema(ref = ProblemResponses.PROBLEM_SCHEMA),
                examples = @ExampleObject(name = "tooMany", value = "{\"type\":\"about:blank\",\"status\":429}")))
@interface TooManyResponse {
}
