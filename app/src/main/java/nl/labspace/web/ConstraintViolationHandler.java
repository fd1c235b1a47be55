package nl.labspace.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.problem.violations.ProblemConstraintViolationExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Bean Validation failures on request bodies (@Valid) answer exactly like {@link BadInput}: the field by its JSON
 * name (not the Java path "create.body.email") and the value as sent, so every bad input has one shape.
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
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(ConstraintViolationHandler::violation)
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return badInput.handle(request, new BadInput(violations));
    }

    private static Violation violation(ConstraintViolation<?> v) {
        String field = field(v.getPropertyPath());
        // A password is never echoed back, not even a wrong one.
        String value = v.getInvalidValue() == null ? null
                : field.toLowerCase(Locale.ROOT).contains("password") ? "(hidden)" : String.valueOf(v.getInvalidValue());
        return new Violation(field, value, v.getMessage());
    }

    /** The body's own property path ("binding.regionCodes"), without the method and parameter nodes. */
    private static String field(Path path) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY) {
                names.add(node.getName());
            }
        }
        return names.isEmpty() ? String.valueOf(parameter) : String.join(".", names);
    }
}
