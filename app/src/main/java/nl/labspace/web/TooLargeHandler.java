package nl.labspace.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * A body over micronaut.server.max-request-size, refused before it is read: a 413 problem that says so in words (the
 * framework's own answer has neither title nor detail). The body was not read, so no field or file can be named.
 */
@Singleton
@Replaces(ContentLengthExceededHandler.class)
class TooLargeHandler implements ExceptionHandler<ContentLengthExceededException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ContentLengthExceededException e) {
        return Problem.response(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "The request body is over the largest this server "
                + "reads (20 MB for a photo or floor plan upload, whose file may be at most 10 MB; 2 MB for any other request); "
                + "it was not read: " + e.getMessage(), null);
    }
}
