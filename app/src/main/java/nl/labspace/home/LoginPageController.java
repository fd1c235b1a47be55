package nl.labspace.home;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** The browser sign-in form; it posts to Micronaut's /login, which answers with a session cookie. */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginPageController {

    private final String page = Templates.read("/views/login.html");

    @Get("{?error}")
    @Produces(MediaType.TEXT_HTML)
    String form(@Nullable @QueryValue String error) {
        return page.replace("{{error}}", error == null ? ""
                : "<p class=\"error\" role=\"alert\">Sign-in failed: wrong email or password, or the account is locked for a while.</p>");
    }
}
