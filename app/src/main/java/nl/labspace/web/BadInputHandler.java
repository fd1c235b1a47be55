package nl.labspace.web;

import java.util.List;

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
        String value = e.value() == null ? null : String.valueOf(e.value());
        return Problem.badRequest(e.getMessage(), List.of(new Problem.InvalidParam(e.field(), value, e.getMessage())));
    }
}
