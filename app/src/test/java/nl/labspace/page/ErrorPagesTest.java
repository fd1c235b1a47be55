package nl.labspace.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.labspace.TestMarket;
import nl.labspace.TestMarketTest;
import nl.labspace.account.FormSession;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.Test;

/** A browser gets a page in the site's layout and language for a refusal; an API client keeps its problem document. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class ErrorPagesTest extends TestMarketTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String NO_UNIT = "/units/00000000-0000-0000-0000-000000000000";

    @Test
    void aMissingPageIsAPageInTheVisitorsLanguageWithTheSiteHeaders() {
        Reply dutch = http.send(HttpRequest.GET(NO_UNIT).header(HttpHeaders.ACCEPT, BROWSER).header(HttpHeaders.ACCEPT_LANGUAGE, "nl"));
        Reply english = http.send(HttpRequest.GET("/no/such/page").header(HttpHeaders.ACCEPT, BROWSER)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB"));

        assertThat(dutch.status()).isEqualTo(404);
        assertThat(dutch.headers().get(HttpHeaders.CONTENT_TYPE)).startsWith("text/html");
        assertThat(dutch.headers().get("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(dutch.headers().getAll("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(dutch.body()).contains("<h1>Pagina niet gevonden</h1>").contains("href=\"/search\"").contains("id=\"error-detail\"");
        assertThat(english.status()).isEqualTo(404);
        assertThat(english.body()).contains("<h1>Page not found</h1>");
    }

    @Test
    void aBadAddressAndAnotherTenantsFormAnswerPagesWithTheirStatus() {
        Reply bad = http.send(HttpRequest.GET("/units/not-a-uuid").header(HttpHeaders.ACCEPT, BROWSER)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("<h1>This cannot be shown</h1>");

        FormSession company = FormSession.signIn(http, TestMarket.COMPANY_X_USER);
        Reply other = company.page("/console/company/needs/" + TestMarket.NEED_Y + "/edit");
        assertThat(other.status()).as("another company's need").isEqualTo(404);
        assertThat(other.headers().get(HttpHeaders.CONTENT_TYPE)).startsWith("text/html");
        assertThat(other.body()).contains("href=\"/console\"").doesNotContain("Yarrow");
    }

    @Test
    void anotherRolesConsoleIsAForbiddenPageNotAProblemDocument() {
        FormSession company = FormSession.signIn(http, TestMarket.COMPANY_X_USER);
        for (String console : java.util.List.of("/console/admin/runs", "/console/campus", "/console/fund")) {
            Reply refused = company.page(console);
            assertThat(refused.status()).as(console).isEqualTo(403);
            assertThat(refused.headers().get(HttpHeaders.CONTENT_TYPE)).as(console).startsWith("text/html");
            assertThat(refused.body()).as(console).contains("<h1>").contains("href=\"/console\"");
        }
    }

    @Test
    void apiClientsKeepTheProblemDocument() {
        Reply json = http.send(HttpRequest.GET(NO_UNIT)); // a script that does not ask for HTML

        assertThat(json.status()).isEqualTo(404);
        assertThat(json.headers().get(HttpHeaders.CONTENT_TYPE)).contains("problem+json");
        assertThat(json.body()).contains("\"status\":404");
    }
}
