package nl.labspace.web;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
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
                .map(v -> coded(Violation.of(path(v.getPropertyPath()), v.getInvalidValue(), v.getMessage()), v))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
    }

    /**
     * The annotation's rule as a code with its values, for pages; the API keeps Bean Validation's English words.
     * A message a request record writes itself ("must be an http(s) address without spaces") is one of ours.
     */
    private static Violation coded(Violation plain, ConstraintViolation<?> v) {
        Annotation rule = v.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        Refusal why = switch (rule.annotationType().getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> Refusal.of(Reason.REQUIRED);
            case "Min" -> Refusal.of(Reason.AT_LEAST, attributes.get("value"));
            case "Max" -> Refusal.of(Reason.AT_MOST, attributes.get("value"));
            case "Positive" -> Refusal.of(Reason.POSITIVE);
            case "Email" -> Refusal.of(Reason.EMAIL);
            case "Size" -> size(v.getInvalidValue(), (Integer) attributes.get("min"), (Integer) attributes.get("max"));
            default -> Reason.withoutValues(v.getMessage()).map(Refusal::of).orElse(null);
        };
        return why == null ? plain : new Violation(plain.field(), plain.value(), plain.reason(), why.code(), why.values());
    }

    private static Refusal size(Object value, int min, int max) {
        if (value instanceof Collection<?>) {
            return Refusal.of(Reason.MAX_ITEMS, max);
        }
        return value instanceof CharSequence text && text.length() < min ? Refusal.of(Reason.MIN_CHARS, min)
                : Refusal.of(Reason.MAX_CHARS, max);
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
