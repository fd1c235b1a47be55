package nl.labspace.page;

import java.net.URI;
import java.time.Duration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import nl.labspace.web.BadInput;

/**
 * The language switch (NL | EN in the header): remembers the choice in a cookie for a year and goes back to the
 * page it came from. A plain link, so it works without script; it changes nothing but the visitor's preference.
 */
@Controller("/language")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class LanguageController {

    static final Duration REMEMBERED = Duration.ofDays(365);

    @Get("/{code}{?back}")
    HttpResponse<?> choose(String code, @Nullable @QueryValue String back, HttpRequest<?> request) {
        var language = Languages.of(code).filter(l -> l.getLanguage().equals(code))
                .orElseThrow(() -> new BadInput("code", code, "must be nl or en"));
        Cookie cookie = Cookie.of(Languages.COOKIE, language.getLanguage()).path("/").maxAge(REMEMBERED)
                .httpOnly(true).sameSite(SameSite.Lax).secure(request.isSecure());
        return HttpResponse.seeOther(URI.create(localPath(back))).cookie(cookie);
    }

    /** Only a path on this site: never //elsewhere or a full address, so the switch cannot send anyone away. */
    static String localPath(@Nullable String back) {
        boolean local = back != null && back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\")
                && back.chars().noneMatch(c -> c < 0x21 || c == '\\');
        return local ? back : "/";
    }
}
