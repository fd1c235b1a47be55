package nl.labspace.web;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.MANAGER_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.Test;

/**
 * What a lenient reader would let through and the API refuses, each named: text after the JSON, a key twice, a whole
 * number written 1e2, a body without a Content-Type, an unknown item of a list (by its index), a binding's field
 * inside an account (by its path), a rent finer than cents.
 */
@MicronautTest(transactional = false)
class StrictContractTest extends TestMarketTest {

    private static final String NEED = """
            {"title":"Strict lab","labM2":%s,"officeM2":50,"containment":"ML-I","moveInEarliest":"2027-03",
             "moveInLatest":"2027-06","termMonths":24,"features":%s}""";

    @Inject
    EmbeddedServer server;

    @Test
    void whatALenientReaderWouldTakeIsRefusedAndNamed() {
        String company = http.token(COMPANY_X_USER);
        long needsBefore = needs();

        assertRefused(post("/api/needs", NEED.formatted("100", "[]") + "xyz", company), "body", "more after the JSON value");
        assertRefused(post("/api/needs", NEED.formatted("100", "[]").replace("{\"title\"", "{\"labM2\":5,\"title\""), company),
                "labM2", "more than once");
        assertRefused(post("/api/needs", NEED.formatted("1e2", "[]"), company), "labM2", "whole number");
        assertRefused(post("/api/needs", NEED.formatted("100.0", "[]"), company), "labM2", "whole number");
        assertRefused(post("/api/needs", NEED.formatted("100", "[\"fume-hood\",\"warp-drive\"]"), company),
                "features[1]", "must be one of");
        assertRefused(post("/api/needs", "", company), "body", "required");

        assertThat(needs()).as("nothing written").isEqualTo(needsBefore);
    }

    @Test
    void aQueryValueGivenTwiceOrWithASignIsRefused() {
        assertRefused(http.send(HttpRequest.GET("/api/search/space?size=1&size=50")), "size", "more than once");
        assertRefused(http.send(HttpRequest.GET("/api/search/space?page=%2B2")), "page", "'+' sign");
        assertThat(http.send(HttpRequest.GET("/api/search/space?features=fume-hood&features=lab-gases")).status())
                .as("features may be repeated").isEqualTo(200);
    }

    @Test
    void aBodyWithoutAContentTypeIsNotTakenForJson() throws Exception {
        String body = NEED.formatted("100", "[]");
        var answer = HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.getPort() + "/api/needs"))
                .header("Authorization", "Bearer " + http.token(COMPANY_X_USER))
                .POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(415);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("Content-Type");
    }

    @Test
    void aBindingsProblemIsNamedByItsPathInTheAccount() {
        Reply reply = post("/api/admin/accounts", """
                {"email":"strict@test.nl","displayName":"Strict","password":"correct horse battery",
                 "binding":{"role":"campus-manager","campusIds":["%s","no-such-campus"]}}""".formatted(CAMPUS_A),
                http.token(ADMIN));

        assertRefused(reply, "binding.campusIds[1]", "no such campus");
        assertThat(sql.column("SELECT count(*) FROM account WHERE email = 'strict@test.nl'")).containsExactly("0");
    }

    @Test
    void aRentFinerThanCentsIsRefusedNotRounded() {
        Reply reply = post("/api/campuses/" + CAMPUS_A + "/units", """
                {"name":"Cents","labM2":100,"officeM2":0,"availableFrom":"2027-05","rentPerM2Year":300.125}""",
                http.token(MANAGER_A));

        assertRefused(reply, "rentPerM2Year", "at most 2 digits after the point");
        assertThat(sql.column("SELECT count(*) FROM unit WHERE name = 'Cents'")).containsExactly("0");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSandboxProblemCarriesTheValueApart() {
        Reply reply = post("/api/admin/matching/sandbox?budgetSeconds=1", """
                {"format":"labspace-matching/1","name":"x","campuses":[],"units":[],"needs":[{"id":5}]}""",
                http.token(ADMIN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        List<Map<String, Object>> params = (List<Map<String, Object>>) http.object(reply).get("invalidParams");
        assertThat(params).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("name", "needs[0].id").containsEntry("value", "5");
            assertThat((String) p.get("reason")).doesNotContain("was");
        });
    }

    private void assertRefused(Reply reply, String field, String reason) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).contains("\"name\":\"" + field + "\"").contains(reason);
    }

    private long needs() {
        return Long.parseLong(sql.column("SELECT count(*) FROM need").get(0));
    }

    private Reply post(String path, String body, String token) {
        return http.send(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(token));
    }
}
