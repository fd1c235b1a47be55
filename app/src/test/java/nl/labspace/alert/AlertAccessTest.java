package nl.labspace.alert;

import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each account sees only its own saved searches (another company's answer 404, as if they did not exist), only
 * companies and campus managers save any, and bad input is refused as problem+json naming field and value, with
 * nothing written.
 */
@MicronautTest(transactional = false)
class AlertAccessTest extends TestMarketTest {

    @Inject
    AlertJob job;

    private AlertDriver alerts;
    private String x;
    private String y;
    private String manager;

    @BeforeAll
    void actors() {
        alerts = new AlertDriver(http, job, sql);
        x = http.token(COMPANY_X_USER);
        y = http.token(COMPANY_Y_USER);
        manager = http.token(MANAGER_A);
    }

    @Test
    void aCompanyNeverSeesOrTouchesAnotherCompanysSavedSearch() {
        UUID mine = alerts.saveSearch(x, "X only", "minLabM2=100", "weekly");

        assertThat(http.list(http.get("/api/alerts", y))).extracting(s -> s.get("id")).doesNotContain(mine.toString());
        assertThat(http.list(http.get("/api/alerts", x))).extracting(s -> s.get("id")).contains(mine.toString());
        for (String path : List.of("/api/alerts/" + mine, "/api/alerts/" + mine + "/alerts",
                "/api/alerts/" + mine + "/alerts/" + UUID.randomUUID(), "/console/alerts/" + mine + "/edit")) {
            assertThat(http.get(path, y).status()).as(path).isEqualTo(404);
            assertThat(http.get(path, manager).status()).as(path).isEqualTo(404);
        }
        assertThat(alerts.put(y, mine, "{\"name\":\"Taken\",\"search\":\"\",\"frequency\":\"daily\"}").status()).isEqualTo(404);
        assertThat(http.send(HttpRequest.DELETE("/api/alerts/" + mine).bearerAuth(y)).status()).isEqualTo(404);
        assertThat(http.object(http.get("/api/alerts/" + mine, x))).containsEntry("name", "X only").containsEntry("status", "active");

        assertThat(http.send(HttpRequest.DELETE("/api/alerts/" + mine).bearerAuth(x)).status()).isEqualTo(204);
        assertThat(http.get("/api/alerts/" + mine, x).status()).isEqualTo(404);
    }

    @Test
    void onlyCompaniesAndCampusManagersSaveSearches() {
        assertThat(http.get("/api/alerts", null).status()).isEqualTo(401);
        assertThat(http.get("/api/alerts", http.token(FUND_ZH)).status()).isEqualTo(403);
        Reply demand = alerts.save(manager, "{\"name\":\"Demand\",\"search\":\"minLabM2=100\",\"frequency\":\"daily\"}");
        assertThat(demand.status()).isEqualTo(201);
        assertThat(http.object(demand)).containsEntry("kind", "demand").containsEntry("searchLink", "/api/search/demand?minLabM2=100");
    }

    @Test
    void badInputIsNamedWithItsValueAndNothingIsWritten() {
        long before = sql.count("saved_search");

        assertThat(problems(alerts.save(x, """
                {"name":"","search":"near=52.1,4.4&withinKm=900","frequency":"hourly"}""")))
                .containsExactlyInAnyOrder("name='null'", "search.withinKm='900'", "frequency='hourly'");
        assertThat(problems(alerts.save(x, """
                {"name":"Typo","search":"colour=blue","frequency":"daily"}"""))).containsExactly("search.colour='blue'");
        assertThat(problems(alerts.save(x, """
                {"name":"Paged","search":"page=2","frequency":"daily"}"""))).containsExactly("search.page='2'");
        assertThat(problems(alerts.save(x, """
                {"kind":"demand","name":"Wrong kind","search":"","frequency":"daily"}"""))).containsExactly("kind='demand'");
        assertThat(problems(alerts.save(manager, """
                {"name":"Space words","search":"maxRent=300","frequency":"daily"}"""))).containsExactly("search.maxRent='300'");
        assertThat(problems(alerts.save(x, """
                {"name":"Status","search":"","frequency":"daily","status":"unsubscribed"}"""))).containsExactly("status='unsubscribed'");

        assertThat(sql.count("saved_search")).isEqualTo(before);
    }

    @Test
    void aSavedSearchIsStoredAsTheSearchReadsIt() {
        Reply saved = alerts.save(x, """
                {"name":"Tidy","search":"?withinKm=25&near=52.1664,4.4817&features=fume-hood&minLabM2=","frequency":"instant"}""");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(http.object(saved)).containsEntry("search", "features=fume-hood&near=52.1664%2C4.4817&withinKm=25")
                .containsEntry("searchLink", "/search?features=fume-hood&near=52.1664%2C4.4817&withinKm=25");
    }

    @SuppressWarnings("unchecked")
    private List<String> problems(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        return ((List<Map<String, Object>>) http.object(reply).get("invalidParams")).stream()
                .map(p -> p.get("name") + "='" + p.get("value") + "'").toList();
    }
}
