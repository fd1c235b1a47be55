package nl.labspace.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.problem.violations.ProblemConstraintViolationExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;

/**
 * Bean Validation failures of controller arguments (a query value out of range) answer exactly like
 * {@link BadInput}: the field by its name (not the Java path "audit.limit") and the value as sent.
 */
@Singleton
@Produces("application/problem+json")
@Replaces(ProblemConstraintViolationExceptionHandler.class)
class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    private final BadInputHandler badInput;

    ConstraintViolationHandler(BadInputHandler badInput) {
        this.badInput = badInput;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException e) {
        return badInput.handle(request, new BadInput(BeanChecks.violations(e.getConstraintViolations())));
    }
}
