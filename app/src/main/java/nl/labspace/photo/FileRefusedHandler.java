package nl.labspace.photo;

import java.util.List;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import nl.labspace.web.Problem;

/** A refused upload as problem+json: the detail and invalidParams name the field and the file. */
@Singleton
class FileRefusedHandler implements ExceptionHandler<FileRefused, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, FileRefused e) {
        String reason = e.refusal().english(e.values());
        return Problem.response(e.refusal().status(), e.getMessage(),
                List.of(new Problem.InvalidParam(e.field(), e.fileName(), reason, null, null)));
    }
}
