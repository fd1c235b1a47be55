package nl.labspace.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.labspace.access.ApiClient;
import nl.labspace.account.TestHttp;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * Every demo campus manager's console in a real browser after a national run on the demo market, and that of an
 * operator of every campus (the consoles that answered "Er ging iets mis" when a confidential need's explanation
 * named the holders of a cheaper unit): each shows its proposals, as many as the API gives the same account, with
 * their rent per m² and per year, and confidential needs without a name.
 */
@MicronautTest(transactional = false)
@Property(name = "labspace.demo.enabled", value = "true")
@Property(name = "labspace.demo.scale", value = "0.25")
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampusConsolesAfterRunBrowserTest {

    private static final String DEMO_PASSWORD = "labspace-demo";
    private static final String OPERATOR = "every-campus@labspace.demo";
    private static final List<String> MANAGERS = List.of("leiden@labspace.demo", "utrecht@labspace.demo",
            "oss@labspace.demo", OPERATOR);

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    private TestHttp http;
    private Browser browser;

    @BeforeAll
    void aNationalRunAndAnOperatorOfEveryCampus() throws Exception {
        http = new TestHttp(client, json);
        String admin = ApiClient.token(client, "admin@labspace.demo", DEMO_PASSWORD);
        Reply started = post("/api/admin/matching/runs", "{\"budgetSeconds\":30,\"seed\":17}", admin);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        awaitEnd((String) http.object(started).get("id"), admin);
        List<String> campuses = http.list(http.send(HttpRequest.GET("/api/campuses"))).stream()
                .map(c -> (String) c.get("id")).toList();
        Reply operator = post("/api/admin/accounts", json.writeValueAsString(Map.of("email", OPERATOR,
                "displayName", "Operator of every campus", "password", DEMO_PASSWORD,
                "binding", Map.of("role", "campus-manager", "campusIds", campuses, "wholeCountry", false))), admin);
        assertThat(operator.status()).as(operator.body()).isEqualTo(201);
        browser = new Browser();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyCampusManagersConsoleShowsItsProposalsAfterANationalRun() {
        int anonymous = 0;
        List<String> problems = new ArrayList<>();
        for (String manager : MANAGERS) {
            browser.signIn(base(), manager);
            browser.driver.get(base() + "/console/campus");
            if (!browser.driver.findElements(By.cssSelector(".error-page")).isEmpty()) {
                problems.add(manager + ": the console is the error page: " + browser.driver.findElement(By.tagName("main")).getText());
            }
            Reply api = http.get("/api/proposals", ApiClient.token(client, manager, DEMO_PASSWORD));
            if (api.status() != 200) {
                problems.add(manager + ": GET /api/proposals answered " + api.status() + " " + api.body());
                continue;
            }
            List<Map<String, Object>> proposals = http.list(api);
            anonymous += (int) proposals.stream().filter(p -> p.get("needId") == null).count();
            int cards = browser.driver.findElements(By.cssSelector("li.card.proposal")).size();
            if (cards != proposals.size()) {
                problems.add("%s: %d proposal cards for %d proposals in the API".formatted(manager, cards, proposals.size()));
            }
            if (!proposals.isEmpty() && !browser.driver.getPageSource().contains("/m²/jaar")) {
                problems.add(manager + ": no rent per m² a year on the console");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(anonymous).as("proposals of confidential needs among the managers' proposals").isPositive();
    }

    private String base() {
        return "http://localhost:" + server.getPort();
    }

    private void awaitEnd(String run, String admin) throws InterruptedException {
        for (int i = 0; i < 480; i++) {
            Map<String, Object> status = http.object(http.get("/api/admin/matching/runs/" + run + "/status", admin));
            if (!"solving".equals(status.get("status"))) {
                assertThat(status).containsEntry("status", "finished");
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("run " + run + " did not end within 120 s");
    }

    private Reply post(String path, String body, String token) {
        return http.send(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(token));
    }
}
