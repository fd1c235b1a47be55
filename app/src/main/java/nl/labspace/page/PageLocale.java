package nl.labspace.page;

import java.util.Locale;
import java.util.Optional;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.server.util.locale.CompositeHttpLocaleResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;

/**
 * The language of a page: the visitor's choice (cookie) first, then the first of Dutch and English that the
 * browser asks for (Accept-Language, by quality), else Dutch. Never a third language: the bundles hold two.
 */
@Singleton
@Primary
@Replaces(CompositeHttpLocaleResolver.class)
class PageLocale implements HttpLocaleResolver {

    @Override
    public Optional<Locale> resolve(HttpRequest<?> request) {
        Optional<Locale> chosen = request.getCookies().findCookie(Languages.COOKIE).map(Cookie::getValue).flatMap(Languages::of);
        return chosen.isPresent() ? chosen : fromHeader(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @Override
    public Locale resolveOrDefault(HttpRequest<?> request) {
        return resolve(request).orElse(Languages.DUTCH);
    }

    static Optional<Locale> fromHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(r -> r.getWeight() > 0)
                    .map(r -> Languages.of(r.getRange()))
                    .flatMap(Optional::stream)
                    .findFirst();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a malformed header asks for nothing
        }
    }
}
