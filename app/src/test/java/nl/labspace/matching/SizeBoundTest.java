package nl.labspace.matching;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.MANAGER_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.io.InstanceReader;
import nl.labspace.solver.io.SolutionJson;
import nl.labspace.solver.validate.SolutionValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rule 2b from outside: Leiden publishes a 3,625 m² floor and a 65 m² module through the API, next to its 400 m²
 * suite; a start-up posts a 50 m² need without a maximum (default: 100 m²) and a scale-up a 300 m² ML-II need of at
 * most 350 m². Run and instant options give the start-up the module, never the floor; the scale-up, whose only
 * ML-II space in reach is larger, hears the size bound with the smallest space and its maximum.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class SizeBoundTest extends TestMarketTest {

    private static final String NEED = """
            {"title":"%s","labM2":%d,"officeM2":%d,"containment":"%s","moveInEarliest":"2027-03",
             "moveInLatest":"2027-06","termMonths":12,"near":{"lat":52.16,"lon":4.49,"maxKm":30}%s}""";

    private String floor;
    private String module;
    private String startUp;
    private String scaleUp;

    @BeforeAll
    void publishAndPost() {
        String manager = http.token(MANAGER_A);
        floor = id(post("/api/campuses/" + CAMPUS_A + "/units", """
                {"name":"Floor 3","labM2":2500,"officeM2":1125,"containment":"ML-II","availableFrom":"2027-01",
                 "rentPerM2Year":315}""", manager));
        module = id(post("/api/campuses/" + CAMPUS_A + "/units", """
                {"name":"Module 0.12","labM2":45,"officeM2":20,"containment":"ML-I","availableFrom":"2027-01",
                 "rentPerM2Year":340}""", manager));
        startUp = id(post("/api/needs", NEED.formatted("Bench for two", 40, 10, "ML-I", ""), http.token(COMPANY_X_USER)));
        scaleUp = id(post("/api/needs", NEED.formatted("Virology scale-up", 200, 100, "ML-II", ",\"maxM2\":350"),
                http.token(COMPANY_Y_USER)));
    }

    @Test
    void aNeedWithoutMaximumShowsNoneGivenAndTheDefaultThatApplies() {
        Map<String, Object> need = http.object(http.get("/api/needs/" + startUp, http.token(COMPANY_X_USER)));

        // Not given: absent like every other empty optional field (maxRentPerM2Year too).
        assertThat(need.get("maxM2")).isNull();
        assertThat(need).containsEntry("effectiveMaxM2", Need.defaultMaxM2(50)).containsEntry("effectiveMaxM2", 100);
        assertThat(http.object(http.get("/api/needs/" + scaleUp, http.token(COMPANY_Y_USER))))
                .containsEntry("maxM2", 350).containsEntry("effectiveMaxM2", 350);
    }

    @Test
    void aMaximumBelowTheAskedAreaIsRefusedByFieldAndValueAndNothingIsWritten() {
        long before = sql.count("need");

        Reply reply = post("/api/needs", NEED.formatted("Too tight", 200, 100, "ML-I", ",\"maxM2\":299"),
                http.token(COMPANY_Y_USER));

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).contains("\"name\":\"maxM2\"").contains("299").contains("must be >= 300");
        assertThat(sql.count("need")).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void instantOptionsStayWithinTheBound() {
        Map<String, Object> body = http.object(options(startUp, http.token(COMPANY_X_USER)));

        List<Map<String, Object>> options = (List<Map<String, Object>>) body.get("options");
        assertThat(options).isNotEmpty().allSatisfy(o -> {
            Map<String, Object> placement = (Map<String, Object>) o.get("placement");
            assertThat(placement.get("unitIds")).isEqualTo(List.of(module));
            assertThat(total((Map<String, Object>) placement.get("served"))).isLessThanOrEqualTo(100);
        });

        Map<String, Object> none = http.object(options(scaleUp, http.token(COMPANY_Y_USER)));
        assertThat((List<?>) none.get("options")).isEmpty();
        assertThat((Map<String, Object>) none.get("reason")).containsEntry("kind", "AreaAboveMax")
                .containsEntry("smallestM2", 400).containsEntry("maxM2", 350);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRunProposesSpaceWithinTheBoundAndNamesTheBoundWhereItBinds() throws Exception {
        String admin = http.token(ADMIN);
        Reply started = post("/api/admin/matching/runs", "{\"budgetSeconds\":3,\"seed\":7}", admin);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String run = (String) http.object(started).get("id");
        assertThat(awaitEnd(run, admin)).containsEntry("status", "finished");

        List<Map<String, Object>> ofStartUp = http.list(http.get("/api/proposals", http.token(COMPANY_X_USER))).stream()
                .filter(p -> startUp.equals(p.get("needId"))).toList();
        assertThat(ofStartUp).singleElement().satisfies(p -> assertThat(p).containsEntry("status", "open")
                .containsEntry("unitIds", List.of(module)));
        List<Map<String, Object>> ofScaleUp = http.list(http.get("/api/proposals", http.token(COMPANY_Y_USER))).stream()
                .filter(p -> scaleUp.equals(p.get("needId"))).toList();
        assertThat(ofScaleUp).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("status", "unmatched");
            Map<String, Object> why = (Map<String, Object>) p.get("explanation");
            assertThat((Map<String, Object>) why.get("reason")).containsEntry("kind", "AreaAboveMax")
                    .containsEntry("smallestM2", 400).containsEntry("maxM2", 350);
        });
        assertThat(sql.column("SELECT count(*) FROM proposal p JOIN proposal_unit pu ON pu.proposal_id = p.id "
                + "WHERE pu.unit_id = '" + floor + "'")).containsExactly("0");

        // The snapshot carries the bound that applied, so the command line checks the same rule.
        String snapshot = http.get("/api/admin/matching/runs/" + run + "/snapshot", admin).body();
        var instance = InstanceReader.readString(snapshot);
        assertThat(instance.needs()).filteredOn(n -> n.id().equals(startUp)).singleElement()
                .satisfies(n -> assertThat(n.maxM2()).isEqualTo(100));
        assertThat(instance.needs()).filteredOn(n -> n.id().equals(scaleUp)).singleElement()
                .satisfies(n -> assertThat(n.maxM2()).isEqualTo(350));
        String solution = http.get("/api/admin/matching/runs/" + run + "/solution", admin).body();
        assertThat(SolutionValidator.check(instance, SolutionJson.readString(solution))).isEmpty();
    }

    private static int total(Map<String, Object> area) {
        return ((Number) area.get("labM2")).intValue() + ((Number) area.get("officeM2")).intValue();
    }

    private Reply options(String need, String token) {
        return http.send(HttpRequest.POST("/api/needs/" + need + "/options", "").bearerAuth(token));
    }

    private Map<String, Object> awaitEnd(String run, String admin) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            Map<String, Object> status = http.object(http.get("/api/admin/matching/runs/" + run + "/status", admin));
            if (!"solving".equals(status.get("status"))) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("run " + run + " did not end within 30 s");
    }

    private String id(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return (String) http.object(reply).get("id");
    }

    private Reply post(String path, String body, String token) {
        return http.send(HttpRequest.POST(path, body).bearerAuth(token).contentType(MediaType.APPLICATION_JSON_TYPE));
    }
}
