package nl.labspace.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedArgumentHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedRouteHandler;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;

/**
 * The framework's own 400s (a path or query value of the wrong type, a required value missing, a body it could not
 * decode) answered in the one shape of {@link BadInput}: field, value and reason.
 */
@Factory
class InputErrorHandlers {

    @Singleton
    @Replaces(ConversionErrorHandler.class)
    ExceptionHandler<ConversionErrorException, HttpResponse<?>> conversion(BadInputHandler badInput) {
        return (HttpRequest request, ConversionErrorException e) -> badInput.handle(request, new BadInput(
                e.getArgument().getName(), e.getConversionError().getOriginalValue().orElse(null),
                "must be " + TypeWords.of(e.getArgument().getType())));
    }

    @Singleton
    @Replaces(UnsatisfiedArgumentHandler.class)
    ExceptionHandler<UnsatisfiedArgumentException, HttpResponse<?>> unsatisfiedArgument(BadInputHandler badInput) {
        return (HttpRequest request, UnsatisfiedArgumentException e) -> badInput.handle(request, missing(e.getArgument()));
    }

    @Singleton
    @Replaces(UnsatisfiedRouteHandler.class)
    ExceptionHandler<UnsatisfiedRouteException, HttpResponse<?>> unsatisfiedRoute(BadInputHandler badInput) {
        return (HttpRequest request, UnsatisfiedRouteException e) -> badInput.handle(request, missing(e.getArgument()));
    }

    /** A missing body is named "body", as every other problem of a body as a whole; not by the Java parameter. */
    private static BadInput missing(io.micronaut.core.type.Argument<?> argument) {
        return argument.getAnnotationMetadata().hasAnnotation(io.micronaut.http.annotation.Body.class)
                ? new BadInput("body", null, "is required (a JSON object)")
                : new BadInput(argument.getName(), null, "is required");
    }

    @Singleton
    ExceptionHandler<JsonSyntaxException, HttpResponse<?>> jsonSyntax(BadInputHandler badInput) {
        return (HttpRequest request, JsonSyntaxException e) ->
                badInput.handle(request, new BadInput("body", null, "is not valid JSON"));
    }

    @Singleton
    ExceptionHandler<CodecException, HttpResponse<?>> codec(BadInputHandler badInput) {
        return (HttpRequest request, CodecException e) ->
                badInput.handle(request, new BadInput("body", null, "could not be read as " + request.getContentType()
                        .map(Object::toString).orElse("the declared content type")));
    }

    /** The words for a Java type in an answer. */
    static final class TypeWords {
        private TypeWords() {
        }

        static String of(Class<?> type) {
            if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
                return "a whole number";
            }
            if (Number.class.isAssignableFrom(type) || type == double.class) {
                return "a number";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "true or false";
            }
            return type == java.util.UUID.class ? "a UUID" : "a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
