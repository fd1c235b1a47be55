package nl.labspace.enquiry;

import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.labspace.web.Problem;

/** A reached limit answers 429 problem+json with its reason's code and values, and when to try again. */
@Factory
class EnquiryErrorHandlers {

    /** The limits count the last 24 hours: an hour from now some of them may have fallen out. */
    static final String RETRY_AFTER_SECONDS = "3600";

    @Singleton
    ExceptionHandler<EnquiryLimitReached, HttpResponse<?>> limitReached() {
        return (HttpRequest request, EnquiryLimitReached e) -> {
            HttpStatus status = HttpStatus.TOO_MANY_REQUESTS;
            Problem problem = new Problem("about:blank", status.getReason(), status.getCode(), e.getMessage(), null,
                    e.code(), e.values());
            return HttpResponse.status(status).contentType(Problem.PROBLEM_JSON).header("Retry-After", RETRY_AFTER_SECONDS)
                    .body(problem);
        };
    }
}
