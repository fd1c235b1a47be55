package nl.labspace.account;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.labspace.web.Problem;

/** 429 application/problem+json with Retry-After in seconds. */
@Singleton
class TooManyRequestsHandler implements ExceptionHandler<TooManyRequests, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, TooManyRequests e) {
        MutableHttpResponse<?> response = (MutableHttpResponse<?>) Problem.response(HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), null);
        return response.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
    }
}
