package nl.labspace.account;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.LoginCookieProvider;
import io.micronaut.security.token.cookie.RefreshTokenCookieConfiguration;
import io.micronaut.security.token.cookie.TokenCookieLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import jakarta.inject.Singleton;

/**
 * A failed sign-in goes back to the form as before (/login?error=1), and the form shows the email typed: it rides
 * along in a short-lived HttpOnly cookie for the form's path only (not in the address, so not in logs or the
 * history). The password is never kept.
 */
@Singleton
@Replaces(TokenCookieLoginHandler.class)
public class SignInFailure extends TokenCookieLoginHandler {

    /** The email typed at the failed attempt, URL-encoded; the sign-in form reads and clears it. */
    public static final String EMAIL_COOKIE = "LABSPACE_SIGNIN_EMAIL";
    static final int MAX_EMAIL = 254;

    SignInFailure(RedirectService redirectService, RedirectConfiguration redirectConfiguration,
                  AccessTokenCookieConfiguration accessTokenCookieConfiguration,
                  RefreshTokenCookieConfiguration refreshTokenCookieConfiguration, AccessTokenConfiguration accessTokenConfiguration,
                  AccessRefreshTokenGenerator accessRefreshTokenGenerator,
                  PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLoginPersistence,
                  List<LoginCookieProvider<HttpRequest<?>>> loginCookieProviders) {
        super(redirectService, redirectConfiguration, accessTokenCookieConfiguration, refreshTokenCookieConfiguration,
                accessTokenConfiguration, accessRefreshTokenGenerator, priorToLoginPersistence, loginCookieProviders);
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse authenticationFailed, HttpRequest<?> request) {
        MutableHttpResponse<?> response = super.loginFailed(authenticationFailed, request);
        typedEmail(request).ifPresent(email -> response.cookie(Cookie.of(EMAIL_COOKIE, URLEncoder.encode(email, StandardCharsets.UTF_8))
                .path("/login").httpOnly(true).sameSite(SameSite.Lax).secure(request.isSecure()).maxAge(Duration.ofMinutes(2))));
        return response;
    }

    /** The cookie's email as typed, or empty when absent or not one (too long, not decodable). */
    public static Optional<String> fromCookie(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            String email = URLDecoder.decode(value, StandardCharsets.UTF_8).strip();
            return email.isEmpty() || email.length() > MAX_EMAIL ? Optional.empty() : Optional.of(email);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The identity the sign-in form sent (the login endpoint has bound the body to credentials by now). */
    private static Optional<String> typedEmail(HttpRequest<?> request) {
        Object body = request.getBody().orElse(null);
        String email = body instanceof UsernamePasswordCredentials credentials && credentials.getUsername() != null
                ? credentials.getUsername().strip() : "";
        return email.isEmpty() || email.length() > MAX_EMAIL ? Optional.empty() : Optional.of(email);
    }
}
