package nl.labspace.home;

import java.util.HashMap;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * The browser sign-in form; it posts to Micronaut's /login (with the form token), which answers with a session
 * cookie. A failure says so without telling which of email and password was wrong.
 */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class LoginPageController {

    @Get("{?error}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form(@Nullable @QueryValue String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("failed", error != null);
        return new ModelAndView<>("home/login", model);
    }
}
