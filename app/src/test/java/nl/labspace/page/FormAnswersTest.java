package nl.labspace.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import nl.labspace.TestMarket;
import nl.labspace.account.AccountService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A form's answer kept for the language switch (FormAnswers), over HTTP: the switch on an answer leads to the kept
 * answer, which shows the typed values and the errors in the language chosen, to its author only; the password an
 * account form was sent with is not kept.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormAnswersTest {

    static final String TOKEN = "form-answers-token-0123456789abcdefghijklmn";
    static final Pattern KEPT = Pattern.compile("href=\"/language/en\\?back=([^\"]+)\"");

    @Inject
    @Client("/")
    HttpClient client;

    @BeforeAll
    void market(DataSource dataSource, AccountService accounts) throws Exception {
        TestMarket.create(dataSource, accounts);
    }

    @Test
    void theSwitchOnAFormsAnswerShowsItAgainInTheOtherLanguageToItsAuthorOnly() {
        String manager = signIn(TestMarket.MANAGER_A);
        String answer = sent(manager, "/console/campus/units", Map.of("campusId", TestMarket.CAMPUS_A, "name", "Kept answer",
                "labM2", "veel", "officeM2", "10"));
        assertThat(answer).contains("lang=\"nl\"").contains("value=\"veel\"");
        String kept = keptPath(answer);
        assertThat(kept).startsWith("/form-answer/");

        HttpResponse<String> again = client.toBlocking().exchange(page(kept, manager, "en"), String.class);
        assertThat(again.code()).isEqualTo(200);
        assertThat(again.body()).contains("lang=\"en\"").contains("value=\"Kept answer\"").contains("value=\"veel\"")
                .contains("Nothing was saved").contains("href=\"#u-labM2\"").contains("must be a whole number")
                .doesNotContain("moet een geheel getal");
        assertThat(again.body()).as("the switch on the kept answer leads to it again").contains("back=" + kept.replace("/", "%2F"));

        assertThat(status(page(kept, null, "en"))).as("signed out").isEqualTo(404);
        assertThat(status(page(kept, signIn(TestMarket.MANAGER_B), "en"))).as("another manager").isEqualTo(404);
    }

    @Test
    void aKeptAccountFormHoldsNoPassword() {
        String admin = signIn(TestMarket.ADMIN);
        String answer = sent(admin, "/console/admin/accounts", Map.of("email", "not-an-email", "displayName", "Kept",
                "password", "a-secret-typed-password", "role", "company"));
        HttpResponse<String> again = client.toBlocking().exchange(page(keptPath(answer), admin, "en"), String.class);
        assertThat(again.body()).contains("value=\"not-an-email\"").doesNotContain("a-secret-typed-password");
    }

    /** The form's answer (an error: 400), as HTML. */
    private String sent(String session, String path, Map<String, String> fields) {
        Map<String, String> form = new java.util.HashMap<>(fields);
        form.put(CsrfFilter.FIELD, TOKEN);
        try {
            return client.toBlocking().exchange(HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                    .accept(MediaType.TEXT_HTML).cookie(Cookie.of("JWT", session)).cookie(Cookie.of(CsrfFilter.COOKIE, TOKEN))
                    .cookie(Cookie.of(Languages.COOKIE, "nl")), String.class).body();
        } catch (HttpClientResponseException e) {
            return e.getResponse().getBody(String.class).orElseThrow();
        }
    }

    private static String keptPath(String answer) {
        Matcher m = KEPT.matcher(answer);
        assertThat(m.find()).as("a language link on the answer").isTrue();
        return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    private static MutableHttpRequest<?> page(String path, String session, String language) {
        MutableHttpRequest<?> request = HttpRequest.GET(path).accept(MediaType.TEXT_HTML).cookie(Cookie.of(Languages.COOKIE, language));
        return session == null ? request : request.cookie(Cookie.of("JWT", session));
    }

    private int status(HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private String signIn(String email) {
        HttpResponse<?> signedIn = client.toBlocking().exchange(HttpRequest.POST("/login",
                        Map.of("username", email, "password", TestMarket.PASSWORD, "_csrf", TOKEN))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).cookie(Cookie.of(CsrfFilter.COOKIE, TOKEN)));
        return signedIn.getHeaders().getAll(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("JWT=")).findFirst().orElseThrow().substring(4).split(";", 2)[0];
    }
}
