package nl.labspace.page;

import java.util.Map;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;

/** Test-only: a page whose template fails while it renders (RenderingFailureTest). */
@Requires(env = "test")
@Requires(property = "labspace.test.broken-page", value = "true")
@Controller("/test-only")
@Secured(SecurityRule.IS_ANONYMOUS)
class BrokenPageController {

    @Get("/broken")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> broken() {
        return new ModelAndView<>("test/broken", Map.of());
    }
}
