package nl.labspace.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.http.cookie.Cookie;
import nl.labspace.TestMarket;
import nl.labspace.account.TestHttp.Reply;
import nl.labspace.page.CsrfFilter;

/**
 * A browser's session for page tests: signed in through the sign-in form (a session cookie), the form token in its
 * cookie and on every post, as the pages' forms send it. Redirects are not followed (the test context says so).
 */
public final class FormSession {

    public static final String FORM_TOKEN = "form-session-token-0123456789abcdefghijklmn";

    private final TestHttp http;
    private final String jwt;

    private FormSession(TestHttp http, String jwt) {
        this.http = http;
        this.jwt = jwt;
    }

    public static FormSession signIn(TestHttp http, String email) {
        var login = HttpRequest.POST("/login", "username=" + email + "&password=" + TestMarket.PASSWORD.replace(" ", "+")
                + "&_csrf=" + FORM_TOKEN).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .cookie(Cookie.of(CsrfFilter.COOKIE, FORM_TOKEN));
        Reply reply = http.send(login);
        assertThat(reply.status()).isEqualTo(303);
        String cookie = reply.headers().getAll(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith("JWT="))
                .findFirst().orElseThrow();
        return new FormSession(http, cookie.substring(4).split(";", 2)[0]);
    }

    public Reply get(String path) {
        return http.send(withCookies(HttpRequest.GET(path)));
    }

    /** A page as a browser asks for it (Accept: text/html). */
    public Reply page(String path) {
        return http.send(withCookies(HttpRequest.GET(path)).accept(MediaType.TEXT_HTML_TYPE));
    }

    /** A url-encoded form (values already encoded), with the form token. */
    public Reply post(String path, String body) {
        String withToken = body.isEmpty() ? "_csrf=" + FORM_TOKEN : body + "&_csrf=" + FORM_TOKEN;
        return http.send(withCookies(HttpRequest.POST(path, withToken).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)));
    }

    /** A url-encoded form sent from a page in this language (Accept-Language). */
    public Reply postIn(String language, String path, String body) {
        return http.send(withCookies(HttpRequest.POST(path, body + "&_csrf=" + FORM_TOKEN)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)).header(HttpHeaders.ACCEPT_LANGUAGE, language));
    }

    /** A file upload form: the token in the action's query, as the page's upload form sends it. */
    public Reply upload(String path, MultipartBody body) {
        return http.send(withCookies(HttpRequest.POST(path + (path.contains("?") ? "&" : "?") + "_csrf=" + FORM_TOKEN, body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)));
    }

    private <T> MutableHttpRequest<T> withCookies(MutableHttpRequest<T> request) {
        return request.cookies(java.util.Set.of(Cookie.of("JWT", jwt), Cookie.of(CsrfFilter.COOKIE, FORM_TOKEN)));
    }
}
