package nl.labspace.page;

import java.util.Map;
import java.util.UUID;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.web.NotFound;

/**
 * A form's answer shown again (FormAnswers), where the language switch of that answer leads: the same form, values
 * and errors, in the language just chosen. Its author only; a gone or foreign answer is not found.
 */
@Controller("/form-answer")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class FormAnswerController {

    private final FormAnswers answers;
    private final HttpLocaleResolver locales;

    FormAnswerController(FormAnswers answers, HttpLocaleResolver locales) {
        this.answers = answers;
        this.locales = locales;
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> again(UUID id, HttpRequest<?> request) {
        FormAnswers.Kept answer = answers.find(id, request, locales.resolveOrDefault(request))
                .orElseThrow(() -> new NotFound("form answer %s does not exist (any more)".formatted(id)));
        return new ModelAndView<>(answer.view(), answer.model());
    }
}
