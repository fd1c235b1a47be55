package nl.labspace.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import nl.labspace.account.AccountService;
import nl.labspace.TestMarket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Pages under cookie sessions: response headers, the form token (double submit) on state-changing forms, and the
 * language cookie. The JSON API with a bearer token needs no form token (AccessMatrixTest covers it throughout).
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageSecurityTest {

    static final String TOKEN = "page-security-token-0123456789abcdefghijklm";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;

    @BeforeAll
    void market(DataSource dataSource, AccountService accounts) throws Exception {
        TestMarket.create(dataSource, accounts);
    }

    @Test
    void pagesForbidInlineScriptAndFramingAndSniffing() {
        for (String page : List.of("/", "/login", "/search")) {
            HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET(page), String.class);
            String csp = response.header("Content-Security-Policy");
            assertThat(csp).as(page).contains("script-src 'self'").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(response.header("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
            assertThat(response.body()).as(page).doesNotContainPattern("<script>|<script(?![^>]*src=)[^>]*>|\\son[a-z]+=\"");
        }
        assertThat(client.toBlocking().exchange(HttpRequest.GET("/api/campuses"), String.class).header("X-Content-Type-Options"))
                .isEqualTo("nosniff");
    }

    @Test
    void aBrowserGetsItsFormTokenInAnHttpOnlySameSiteCookieAndInTheForm() {
        HttpResponse<String> login = client.toBlocking().exchange(HttpRequest.GET("/login"), String.class);
        String setCookie = login.getHeaders().getAll(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith(CsrfFilter.COOKIE + "=")).findFirst().orElseThrow();
        String token = setCookie.substring(CsrfFilter.COOKIE.length() + 1).split(";", 2)[0];

        assertThat(setCookie.toLowerCase()).contains("httponly").contains("samesite=strict").doesNotContain("secure");
        assertThat(login.body()).contains("name=\"_csrf\" value=\"" + token + "\"");
    }

    @Test
    void aFormPostWithoutTheTokenOrWithAnotherIsRefused() {
        Map<String, String> form = Map.of("username", "nobody@test.nl", "password", "whatever-password");

        assertThat(status(HttpRequest.POST("/login", form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE))).isEqualTo(403);
        assertThat(status(HttpRequest.POST("/login", Map.of("username", "x@test.nl", "password", "p", "_csrf", TOKEN))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .cookie(Cookie.of(CsrfFilter.COOKIE, TOKEN.replace('a', 'b'))))).isEqualTo(403);
        assertThat(status(HttpRequest.POST("/login", Map.of("username", "x@test.nl", "password", "p", "_csrf", TOKEN))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .cookie(Cookie.of(CsrfFilter.COOKIE, TOKEN)))).as("right token, wrong password").isEqualTo(303);
    }

    @Test
    void aRequestRidingOnTheSessionCookieNeedsTheTokenInItsHeader() {
        String json = "{\"focus\":[]}";
        HttpRequest<?> forged = HttpRequest.PUT("/api/campuses/any/profile", json).contentType(MediaType.APPLICATION_JSON_TYPE)
                .cookie(Cookie.of("JWT", "some.session.cookie"));
        HttpRequest<?> withHeader = HttpRequest.PUT("/api/campuses/any/profile", json).contentType(MediaType.APPLICATION_JSON_TYPE)
                .cookie(Cookie.of("JWT", "some.session.cookie")).cookie(Cookie.of(CsrfFilter.COOKIE, TOKEN)).header(CsrfFilter.HEADER, TOKEN);

        assertThat(status(forged)).isEqualTo(403);
        assertThat(status(withHeader)).as("past the token check, the invalid session is not signed in").isEqualTo(401);
    }

    @Test
    void theLanguageSwitchIsRememberedAndTheBrowsersLanguageIsTheDefault() {
        HttpResponse<?> chosen = client.toBlocking().exchange(HttpRequest.GET("/language/en?back=%2Fsearch%3Fgmp%3DC"));
        String cookie = chosen.getHeaders().getAll(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith(Languages.COOKIE + "=")).findFirst().orElseThrow();

        assertThat(chosen.code()).isEqualTo(303);
        assertThat(chosen.header(HttpHeaders.LOCATION)).isEqualTo("/search?gmp=C");
        assertThat(cookie).startsWith(Languages.COOKIE + "=en;").containsIgnoringCase("httponly").containsIgnoringCase("samesite=lax");
        assertThat(page("/", "nl", "en")).as("the choice beats the browser's language").contains("<html lang=\"en\"").contains("The market today");
        assertThat(page("/", "en-GB,en;q=0.9", null)).contains("<html lang=\"en\"");
        assertThat(page("/", "fr-FR", null)).contains("<html lang=\"nl\"").contains("De markt vandaag");
        assertThat(page("/", null, null)).contains("<html lang=\"nl\"");
    }

    @Test
    void anAnonymousBrowserOpeningAConsoleSignsInFirstAndComesBack() {
        HttpResponse<?> sent = client.toBlocking().exchange(HttpRequest.GET("/console/campus?done=reconfirmed")
                .accept(MediaType.TEXT_HTML_TYPE));
        String back = sent.getHeaders().getAll(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("ORIGINAL_URI=")).findFirst().orElseThrow();
        String backValue = back.substring("ORIGINAL_URI=".length()).split(";", 2)[0];

        assertThat(sent.code()).isEqualTo(303);
        assertThat(sent.header(HttpHeaders.LOCATION)).isEqualTo("/login");
        assertThat(back.toLowerCase()).contains("httponly");
        assertThat(status(HttpRequest.GET("/console/campus"))).as("an API client is told, not sent").isEqualTo(401);

        HttpResponse<?> signedIn = client.toBlocking().exchange(HttpRequest.POST("/login",
                        Map.of("username", TestMarket.MANAGER_A, "password", TestMarket.PASSWORD, "_csrf", TOKEN))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .cookie(Cookie.of(CsrfFilter.COOKIE, TOKEN)).cookie(Cookie.of("ORIGINAL_URI", backValue)));
        assertThat(signedIn.code()).isEqualTo(303);
        assertThat(signedIn.header(HttpHeaders.LOCATION)).isEqualTo("/console/campus?done=reconfirmed");
    }

    @Test
    void signingInWithoutAPageToReturnToOpensTheRolesConsole() {
        HttpResponse<?> signedIn = client.toBlocking().exchange(HttpRequest.POST("/login",
                        Map.of("username", TestMarket.COMPANY_X_USER, "password", TestMarket.PASSWORD, "_csrf", TOKEN))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).cookie(Cookie.of(CsrfFilter.COOKIE, TOKEN)));
        String session = signedIn.getHeaders().getAll(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("JWT=")).findFirst().orElseThrow().substring(4).split(";", 2)[0];

        assertThat(signedIn.header(HttpHeaders.LOCATION)).isEqualTo("/console");
        HttpResponse<?> home = client.toBlocking().exchange(HttpRequest.GET("/console").cookie(Cookie.of("JWT", session)));
        assertThat(home.code()).isEqualTo(303);
        assertThat(home.header(HttpHeaders.LOCATION)).isEqualTo("/console/company");
    }

    /** A browser on a slow network sends the body after the headers; the form token is read from it all the same. */
    @Test
    void aFormWhoseBodyArrivesAfterItsHeadersIsAnswered() throws Exception {
        String good = "username=nobody@test.nl&password=wrong-password-1&_csrf=" + TOKEN;
        String forged = "username=nobody@test.nl&password=wrong-password-1&_csrf=" + TOKEN.replace('a', 'b');

        assertThat(statusLine(good)).isEqualTo("HTTP/1.1 303 See Other");
        assertThat(statusLine(forged)).isEqualTo("HTTP/1.1 403 Forbidden");
    }

    private String statusLine(String body) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", server.getPort())) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + body.length() + "\r\nCookie: " + CsrfFilter.COOKIE + "=" + TOKEN + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(200);
            out.write(body.substring(0, 10).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(200);
            out.write(body.substring(10).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
        }
    }

    private String page(String path, String acceptLanguage, String languageCookie) {
        var request = HttpRequest.GET(path);
        if (acceptLanguage != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        if (languageCookie != null) {
            request.cookie(Cookie.of(Languages.COOKIE, languageCookie));
        }
        return client.toBlocking().retrieve(request);
    }

    private int status(HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
