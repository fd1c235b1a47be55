package nl.labspace.page;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.form.FormUrlEncodedDecoder;
import io.micronaut.core.order.Ordered;
import nl.labspace.web.Problem;

/**
 * Cross-site request forgery: a double-submit token. Every browser gets a random token in an HttpOnly SameSite
 * cookie; every page form carries it in a hidden field (_csrf) (a file upload form, whose body is the file, in its
 * address: ?_csrf=), a script sends it as X-CSRF-Token. A state-changing
 * request that a browser could send on its own (a form post, or anything that rides on the session cookie) must
 * carry the cookie's token, else 403. Bearer clients send an Authorization header, which a cross-site form cannot,
 * so the JSON API needs no token.
 */
@ServerFilter("/**")
public class CsrfFilter implements Ordered {

    public static final String COOKIE = "labspace_csrf";
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    /** The request's token, for the page model (PageModel). */
    static final String ATTRIBUTE = "labspace.csrf.token";
    private static final String NEW_ATTRIBUTE = "labspace.csrf.new";
    private static final String SESSION_COOKIE = "JWT";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
    private static final Set<MediaType> FORMS = Set.of(MediaType.APPLICATION_FORM_URLENCODED_TYPE, MediaType.MULTIPART_FORM_DATA_TYPE,
            MediaType.TEXT_PLAIN_TYPE);

    private final FormUrlEncodedDecoder forms;
    private final SecureRandom random = new SecureRandom();

    CsrfFilter(FormUrlEncodedDecoder forms) {
        this.forms = forms;
    }

    @Override
    public int getOrder() {
        // before security, so a forged sign-in or sign-out never reaches the authenticator
        return ServerFilterPhase.SECURITY.before();
    }

    /**
     * The body is bound here (Micronaut waits for all of it and keeps it for the controller) rather than parsed from a
     * copy: a copy read while the body is still arriving (a slow network, a busy machine) left the controller without
     * it, and the request answered 503.
     */
    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request, @Nullable @Body String body) {
        Optional<String> sent = request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(CsrfFilter::wellFormed);
        String token = sent.orElseGet(this::newToken);
        request.setAttribute(ATTRIBUTE, token);
        if (sent.isEmpty() && !request.getPath().startsWith("/api/")) {
            request.setAttribute(NEW_ATTRIBUTE, token);
        }
        if (!needsToken(request)) {
            return null;
        }
        String header = request.getHeaders().get(HEADER);
        if (header != null || !isForm(request)) {
            return verdict(sent, header);
        }
        if (!isUrlEncoded(request)) {
            // a multipart form (a file upload) carries its token in the address: the body is the file
            return verdict(sent, request.getParameters().get(FIELD));
        }
        Object field = body == null ? null : forms.decode(body, request.getCharacterEncoding()).get(FIELD);
        return verdict(sent, field instanceof List<?> l && l.size() == 1 ? fieldOf(l.get(0)) : fieldOf(field));
    }

    private static boolean isUrlEncoded(HttpRequest<?> request) {
        return request.getContentType().map(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)).orElse(false);
    }

    @ResponseFilter
    void handOutToken(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(NEW_ATTRIBUTE, String.class).ifPresent(token -> response.cookie(
                Cookie.of(COOKIE, token).path("/").httpOnly(true).sameSite(SameSite.Strict).secure(request.isSecure())));
    }

    /** A browser's own state-changing request: no bearer header, and a form body or the session cookie. */
    static boolean needsToken(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod()) || request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return false;
        }
        return isForm(request) || request.getCookies().contains(SESSION_COOKIE);
    }

    private static boolean isForm(HttpRequest<?> request) {
        return request.getContentType().map(t -> FORMS.stream().anyMatch(f -> f.matches(t))).orElse(false);
    }

    private static @Nullable HttpResponse<?> verdict(Optional<String> expected, @Nullable String sent) {
        boolean ok = expected.isPresent() && sent != null && MessageDigest.isEqual(
                expected.get().getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
        return ok ? null : Problem.response(HttpStatus.FORBIDDEN,
                "the form's security token is missing or out of date; reload the page and send it again", null);
    }

    private static @Nullable String fieldOf(@Nullable Object value) {
        return value instanceof String s ? s : null;
    }

    private static boolean wellFormed(String token) {
        return token.matches("[A-Za-z0-9_-]{43}");
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

}
