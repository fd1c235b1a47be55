package nl.labspace.account;

import java.util.List;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import jakarta.inject.Singleton;

/**
 * A visitor who opens a console page without being signed in is sent to the sign-in form, and after signing in
 * back to that page (the prior-to-login cookie). Everything else keeps the API's answers: 401 and 403 as
 * problem+json, never a redirect, so API clients and scripts see what happened.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class SignInFirst extends DefaultAuthorizationExceptionHandler {

    static final String SIGN_IN = "/login";

    SignInFirst(ErrorResponseProcessor<?> errors, RedirectConfiguration redirects, RedirectService redirectService,
                List<WwwAuthenticateChallengeProvider<HttpRequest<?>>> challenges,
                @Nullable PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLogin) {
        super(errors, redirects, redirectService, challenges, priorToLogin);
    }

    @Override
    protected boolean shouldRedirect(HttpRequest<?> request, AuthorizationException exception) {
        return !exception.isForbidden() && request.getMethod() == HttpMethod.GET
                && request.getPath().startsWith("/console")
                && request.getHeaders().accept().stream().anyMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE));
    }

    @Override
    protected String getRedirectUri(HttpRequest<?> request, AuthorizationException exception) {
        return SIGN_IN;
    }
}
