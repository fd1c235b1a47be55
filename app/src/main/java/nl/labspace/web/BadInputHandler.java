package nl.labspace.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Singleton
@Produces("application/problem+json")
@Requires(classes = {BadInput.class, ExceptionHandler.class})
class BadInputHandler implements ExceptionHandler<BadInput, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, BadInput e) {
        return Problem.badRequest(e.getMessage(), e.violations().stream()
                .map(Problem.InvalidParam::of).toList());
    }
}
