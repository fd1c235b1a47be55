package nl.labspace.account;

import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.cookie.Cookie;
import nl.labspace.page.CsrfFilter;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarket;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.Test;

/** The browser flow: the /login form answers with an HttpOnly JWT cookie, /logout clears and revokes it. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class BrowserLoginTest extends TestMarketTest {

    private static final String COOKIE = "JWT";
    /** Any well-formed form token: the check compares the cookie with the field. */
    static final String FORM_TOKEN = "test-form-token-0123456789abcdefghijklmnopq";

    @Test
    void theLoginFormAnswersWithAnHttpOnlyLaxCookieThatAuthenticatesTheApi() {
        Reply login = submitLoginForm(MANAGER_A, PASSWORD);

        assertThat(login.status()).isEqualTo(303);
        assertThat(login.headers().get(HttpHeaders.LOCATION)).isEqualTo("/console");
        String setCookie = jwtSetCookie(login).orElseThrow(() -> new AssertionError("no JWT cookie in " + login.headers().getAll(HttpHeaders.SET_COOKIE)));
        assertThat(setCookie.toLowerCase()).contains("httponly").contains("samesite=lax");

        Map<String, Object> me = http.object(meWithCookie(cookieValue(setCookie)));
        assertThat(me).containsEntry("email", MANAGER_A).containsEntry("role", Roles.CAMPUS_MANAGER);
        assertThat(me.get("campusIds")).isEqualTo(List.of(TestMarket.CAMPUS_A));
    }

    @Test
    void aWrongPasswordRedirectsBackToTheFormWithoutACookie() {
        Reply login = submitLoginForm(MANAGER_A, "not the password");

        assertThat(login.status()).isEqualTo(303);
        assertThat(login.headers().get(HttpHeaders.LOCATION)).isEqualTo("/login?error=1");
        assertThat(jwtSetCookie(login)).isEmpty();
    }

    @Test
    void aFailedSignInShowsTheFormAgainWithTheEmailTypedEscapedAndNeverThePassword() {
        String typed = "not-an-account+\"<b>x</b>@test.nl";
        Reply login = submitLoginForm(typed, "secret password 123");
        assertThat(login.headers().get(HttpHeaders.LOCATION)).as("the email is not put in the address").isEqualTo("/login?error=1");
        String carried = login.headers().getAll(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith(SignInFailure.EMAIL_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(carried).containsIgnoringCase("HttpOnly").containsIgnoringCase("Path=/login").doesNotContain("secret");

        Reply form = http.send(HttpRequest.GET("/login?error=1").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .cookie(Cookie.of(SignInFailure.EMAIL_COOKIE, carried.substring(SignInFailure.EMAIL_COOKIE.length() + 1).split(";", 2)[0])));
        assertThat(form.body()).contains("Sign-in failed")
                .containsPattern("id=\"email\"[^>]*value=\"not-an-account\\+&quot;&lt;b&gt;x&lt;/b&gt;@test.nl\"")
                .doesNotContain("<b>x</b>").doesNotContain("secret password");
        assertThat(form.body()).containsPattern("id=\"password\"(?![^>]*value=)[^>]*>");
        assertThat(form.headers().getAll(HttpHeaders.SET_COOKIE)).as("read once, then cleared")
                .anySatisfy(c -> assertThat(c).startsWith(SignInFailure.EMAIL_COOKIE + "=").containsIgnoringCase("Max-Age=0"));

        String fresh = http.send(HttpRequest.GET("/login").cookie(Cookie.of(SignInFailure.EMAIL_COOKIE, "old%40test.nl"))).body();
        assertThat(fresh).as("only after a failure").doesNotContain("old@test.nl");
    }

    @Test
    void theFormShowsTheErrorOnlyAfterAFailedSignIn() {
        String failed = http.send(HttpRequest.GET("/login?error=1").header(HttpHeaders.ACCEPT_LANGUAGE, "en")).body();
        String fresh = http.send(HttpRequest.GET("/login").header(HttpHeaders.ACCEPT_LANGUAGE, "en")).body();

        assertThat(failed).contains("Sign-in failed: wrong email or password");
        assertThat(fresh).doesNotContain("Sign-in failed").doesNotContain("{{error}}");
    }

    @Test
    void logoutClearsTheCookieAndRevokesTheTokenInsideIt() {
        String cookie = cookieValue(jwtSetCookie(submitLoginForm(MANAGER_A, PASSWORD)).orElseThrow());
        assertThat(meWithCookie(cookie).status()).isEqualTo(200);

        Reply logout = http.send(HttpRequest.GET("/logout").cookie(Cookie.of(COOKIE, cookie)));

        assertThat(logout.status()).isEqualTo(303);
        String cleared = jwtSetCookie(logout).orElseThrow(() -> new AssertionError("logout did not clear the JWT cookie"));
        assertThat(cleared.toLowerCase()).containsAnyOf("max-age=0", "expires=thu, 01 jan 1970");
        assertThat(meWithCookie(cookie).status()).as("the copied cookie after logout").isEqualTo(401);
    }

    private Reply submitLoginForm(String email, String password) {
        // the form's token (double submit): the same value in the cookie and in the hidden field
        return http.send(HttpRequest.POST("/login", Map.of("username", email, "password", password, CsrfFilter.FIELD, FORM_TOKEN))
                .cookie(Cookie.of(CsrfFilter.COOKIE, FORM_TOKEN))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    }

    private Reply meWithCookie(String jwt) {
        return http.send(HttpRequest.GET("/api/me").cookie(Cookie.of(COOKIE, jwt)));
    }

    private static Optional<String> jwtSetCookie(Reply reply) {
        return reply.headers().getAll(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith(COOKIE + "=")).findFirst();
    }

    private static String cookieValue(String setCookie) {
        String value = setCookie.substring(COOKIE.length() + 1).split(";", 2)[0];
        assertThat(value).as("cookie value").isNotBlank();
        return value;
    }
}
