package nl.labspace.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** The typed exceptions of services, mapped once to problem+json; services never build HTTP answers. */
@Factory
class ServiceErrorHandlers {

    @Singleton
    ExceptionHandler<NotFound, HttpResponse<?>> notFound() {
        return (HttpRequest request, NotFound e) -> Problem.response(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @Singleton
    ExceptionHandler<Conflict, HttpResponse<?>> conflict() {
        return (HttpRequest request, Conflict e) -> Problem.conflict(e);
    }

    @Singleton
    ExceptionHandler<NotSignedIn, HttpResponse<?>> notSignedIn() {
        return (HttpRequest request, NotSignedIn e) -> Problem.response(HttpStatus.UNAUTHORIZED, e.getMessage(), null);
    }

    @Singleton
    ExceptionHandler<Forbidden, HttpResponse<?>> forbidden() {
        return (HttpRequest request, Forbidden e) -> Problem.response(HttpStatus.FORBIDDEN, e.getMessage(), null);
    }
}
