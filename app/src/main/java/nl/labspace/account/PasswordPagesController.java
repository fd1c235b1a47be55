package nl.labspace.account;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.page.FormErrors;
import nl.labspace.page.FormValues;
import nl.labspace.web.BadInput;
import nl.labspace.web.Limits;
import nl.labspace.web.Reason;
import nl.labspace.web.Violation;

/**
 * The pages of a forgotten password and of a mailed link: ask for a reset link (the same answer whether or not the
 * account exists), and choose a password with a link's token, through AccountMails as the API. Too many requests
 * show the form again with status 429 and Retry-After.
 */
@Controller("/password")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class PasswordPagesController {

    private static final String FORGOT = "account/forgot";
    private static final String SET = "account/set-password";

    private final AccountMails mails;
    private final FormErrors errors;
    private final HttpLocaleResolver locales;

    PasswordPagesController(AccountMails mails, FormErrors errors, HttpLocaleResolver locales) {
        this.mails = mails;
        this.errors = errors;
        this.locales = locales;
    }

    @Get("/forgot{?sent}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> forgot(@Nullable @QueryValue String sent) {
        return new ModelAndView<>(FORGOT, model("sent", sent != null, "email", ""));
    }

    @Post("/forgot")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> askReset(@Body Map<String, Object> body, HttpRequest<?> request) {
        String email = FormValues.of(body).one("email");
        Map<String, Object> model = model("sent", false, "email", email == null ? "" : email);
        try {
            if (email == null || email.isBlank() || email.length() > Limits.EMAIL || !email.matches("[^@\\s]+@[^@\\s]+")) {
                throw new BadInput("email", email, email == null || email.isBlank() ? Reason.REQUIRED : Reason.EMAIL);
            }
            mails.requestReset(email.strip(), Remote.of(request));
            return HttpResponse.seeOther(URI.create("/password/forgot?sent=1"));
        } catch (BadInput e) {
            model.put("errors", errors.byField(e.violations(), locales.resolveOrDefault(request)));
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>(FORGOT, model));
        } catch (TooManyRequests e) {
            return tooMany(FORGOT, model, e);
        }
    }

    @Get("/set{?token}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> setForm(@Nullable @QueryValue String token) {
        boolean works = mails.linkWorks(token);
        return new ModelAndView<>(SET, model("token", works ? token : "", "works", works));
    }

    @Post("/set")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> set(@Body Map<String, Object> body, HttpRequest<?> request) {
        FormValues form = FormValues.of(body);
        String token = form.one("token");
        Map<String, Object> model = model("token", token == null ? "" : token, "works", true);
        try {
            String password = form.one("password");
            if (password != null && !password.equals(form.one("repeat"))) {
                throw new BadInput(java.util.List.of(Violation.of("repeat", PasswordRules.HIDDEN, Reason.REPEAT_DIFFERS)));
            }
            mails.setPassword(token, password, Remote.of(request));
            return HttpResponse.seeOther(URI.create("/password/done"));
        } catch (BadInput e) {
            boolean linkBroken = e.violations().stream().anyMatch(v -> "token".equals(v.field()));
            model.put("works", !linkBroken);
            model.put("errors", errors.byField(e.violations(), locales.resolveOrDefault(request)));
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>(SET, model));
        } catch (TooManyRequests e) {
            return tooMany(SET, model, e);
        }
    }

    @Get("/done")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> done() {
        return new ModelAndView<>(SET, model("token", "", "works", true, "done", true));
    }

    private static HttpResponse<?> tooMany(String view, Map<String, Object> model, TooManyRequests e) {
        model.put("retryMinutes", Math.max(1, (e.retryAfterSeconds() + 59) / 60));
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(new ModelAndView<>(view, model));
    }

    private static Map<String, Object> model(Object... pairs) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", Map.of());
        model.put("retryMinutes", null);
        model.put("done", false);
        for (int i = 0; i < pairs.length; i += 2) {
            model.put((String) pairs[i], pairs[i + 1]);
        }
        return model;
    }
}
