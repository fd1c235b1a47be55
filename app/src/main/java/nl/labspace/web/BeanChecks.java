package nl.labspace.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.micronaut.validation.validator.Validator;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Bean Validation of a request record, answered like every other bad input (JSON path, value, reason). */
@Singleton
public class BeanChecks {

    private final Validator validator;

    BeanChecks(Validator validator) {
        this.validator = validator;
    }

    public void check(Object body) {
        Set<? extends ConstraintViolation<?>> found = validator.validate(body);
        if (!found.isEmpty()) {
            throw new BadInput(violations(found));
        }
    }

    static List<Violation> violations(Set<? extends ConstraintViolation<?>> found) {
        return found.stream()
                .map(v -> Violation.of(path(v.getPropertyPath()), v.getInvalidValue(), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
    }

    /**
     * The JSON path of a violation ("binding.campusIds[0]"), without the method and parameter nodes that a
     * validated controller argument adds ("create.body.").
     */
    static String path(Path path) {
        StringBuilder out = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            } else {
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    out.append(out.length() == 0 ? "" : ".").append(node.getName());
                }
                if (node.getIndex() != null) {
                    out.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    out.append('[').append(node.getKey()).append(']');
                }
            }
        }
        return out.length() == 0 ? String.valueOf(parameter) : out.toString();
    }
}
