package nl.labspace.account;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.RedirectingLoginHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.page.FormErrors;
import nl.labspace.page.FormValues;
import nl.labspace.web.BadInput;
import nl.labspace.web.Reason;
import nl.labspace.web.Violation;

/**
 * My account: change my password (the current one required). The other sessions end; this browser gets a fresh
 * session cookie, so it stays signed in. The rules and audit entries are those of PUT /api/me/password.
 */
@Controller("/console/account")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Hidden
class AccountPageController {

    private static final String VIEW = "account/account";

    private final AccountMails mails;
    private final FormErrors errors;
    private final HttpLocaleResolver locales;
    private final RedirectingLoginHandler<HttpRequest<?>, MutableHttpResponse<?>> sessions;

    AccountPageController(AccountMails mails, FormErrors errors, HttpLocaleResolver locales,
                          RedirectingLoginHandler<HttpRequest<?>, MutableHttpResponse<?>> sessions) {
        this.mails = mails;
        this.errors = errors;
        this.locales = locales;
        this.sessions = sessions;
    }

    @Get("{?done}")
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> page(@Nullable @QueryValue String done, Authentication me) {
        Map<String, Object> model = model(me);
        model.put("done", "password-changed".equals(done));
        model.put("languageSaved", "language-saved".equals(done));
        return new ModelAndView<>(VIEW, model);
    }

    @Post("/language")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> chooseLanguage(@Body Map<String, Object> body, HttpRequest<?> request, Authentication me) {
        try {
            mails.chooseLanguage(idOf(me), FormValues.of(body).one("language"));
            return HttpResponse.seeOther(URI.create("/console/account?done=language-saved"));
        } catch (BadInput e) {
            Map<String, Object> model = model(me);
            model.put("languageErrors", errors.byField(e.violations(), locales.resolveOrDefault(request)));
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>(VIEW, model));
        }
    }

    private static UUID idOf(Authentication me) {
        return UUID.fromString(me.getAttributes().get(LoginService.ACCOUNT_ID).toString());
    }

    @Post("/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> changePassword(@Body Map<String, Object> body, HttpRequest<?> request, Authentication me) {
        FormValues form = FormValues.of(body);
        Map<String, Object> model = model(me);
        try {
            String password = form.one("newPassword");
            if (password != null && !password.isEmpty() && !password.equals(form.one("repeat"))) {
                throw new BadInput(java.util.List.of(Violation.of("repeat", PasswordRules.HIDDEN, Reason.REPEAT_DIFFERS)));
            }
            Authentication renewed = mails.changePassword(idOf(me), form.one("currentPassword"), password, Remote.of(request));
            MutableHttpResponse<?> signedIn = sessions.loginSuccess(renewed, request);
            // the login handler's redirect goes to the console: one Location, back to this page
            signedIn.getHeaders().set(HttpHeaders.LOCATION, URI.create("/console/account?done=password-changed").toString());
            return signedIn.status(HttpStatus.SEE_OTHER);
        } catch (BadInput e) {
            model.put("errors", errors.byField(e.violations(), locales.resolveOrDefault(request)));
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>(VIEW, model));
        } catch (TooManyRequests e) {
            model.put("retryMinutes", Math.max(1, (e.retryAfterSeconds() + 59) / 60));
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds())).body(new ModelAndView<>(VIEW, model));
        }
    }

    private Map<String, Object> model(Authentication me) {
        Map<String, Object> model = new HashMap<>();
        model.put("email", me.getName());
        model.put("language", mails.language(idOf(me)));
        model.put("languageErrors", Map.of());
        model.put("languageSaved", false);
        model.put("errors", Map.of());
        model.put("retryMinutes", null);
        model.put("done", false);
        return model;
    }
}
