package nl.labspace.home;

import java.util.HashMap;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.account.SignInFailure;

/**
 * The browser sign-in form; it posts to Micronaut's /login (with the form token), which answers with a session
 * cookie. A failure says so without telling which of email and password was wrong, and keeps the email typed.
 */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class LoginPageController {

    /** After a failed sign-in the form shows the email typed (SignInFailure's cookie, cleared here); never the password. */
    @Get("{?error}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> form(@Nullable @QueryValue String error,
                                                         @Nullable @CookieValue(SignInFailure.EMAIL_COOKIE) String typed) {
        Map<String, Object> model = new HashMap<>();
        model.put("failed", error != null);
        model.put("email", error == null ? "" : SignInFailure.fromCookie(typed).orElse(""));
        MutableHttpResponse<ModelAndView<Map<String, Object>>> page = HttpResponse.ok(new ModelAndView<>("home/login", model));
        if (typed != null) {
            page.cookie(Cookie.of(SignInFailure.EMAIL_COOKIE, "").path("/login").httpOnly(true).maxAge(0));
        }
        return page;
    }
}
