package nl.labspace.listing;

import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.UNIT_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class UnitWritingTest extends TestMarketTest {

    private static final String VALID = """
            {"name":"Suite 2.14","labM2":240,"officeM2":90,"containment":"ML-II","gmp":"none",
             "features":["fume-hood","lab-gases"],"availableFrom":"2027-05","availableUntil":"2029-04",
             "rentPerM2Year":335,"minTermMonths":12,"maxTermMonths":60}""";

    private String manager;

    @BeforeAll
    void market() throws Exception {
        manager = http.token(MANAGER_A);
    }

    @Test
    void aPublishedUnitIsStoredAsSentAndListedOnItsCampus() {
        Reply created = post("/api/campuses/" + CAMPUS_A + "/units", VALID);

        assertThat(created.status()).isEqualTo(201);
        Map<String, Object> unit = http.object(created);
        assertThat(unit).containsEntry("labM2", 240).containsEntry("containment", "ML-II")
                .containsEntry("availableFrom", "2027-05").containsEntry("availableUntil", "2029-04")
                .containsEntry("features", List.of("fume-hood", "lab-gases")).containsEntry("status", "available")
                .containsEntry("version", 0);
        assertThat(created.headers().get("Location")).isEqualTo("/api/units/" + unit.get("id"));
        assertThat(http.list(http.send(HttpRequest.GET("/api/campuses/" + CAMPUS_A + "/units"))))
                .extracting(u -> u.get("id")).contains(unit.get("id"));
    }

    @Test
    void pipelineSpaceNeedsItsDeliveryMonth() {
        Reply missing = post("/api/campuses/" + CAMPUS_A + "/units", VALID.replace("\"minTermMonths\"", "\"status\":\"planned\",\"minTermMonths\""));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("deliveryMonth");

        Reply planned = post("/api/campuses/" + CAMPUS_A + "/units",
                VALID.replace("\"minTermMonths\"", "\"status\":\"planned\",\"deliveryMonth\":\"2027-05\",\"minTermMonths\""));
        assertThat(planned.status()).isEqualTo(201);
        assertThat(http.object(planned)).containsEntry("status", "planned").containsEntry("deliveryMonth", "2027-05");
    }

    @Test
    void everyBrokenRuleIsNamedWithItsValueAndNothingIsWritten() {
        long before = sql.count("unit");
        Reply refused = post("/api/campuses/" + CAMPUS_A + "/units", """
                {"name":"Bad","labM2":-5,"officeM2":20,"containment":"BSL-2","availableFrom":"2027-06",
                 "availableUntil":"2027-02","rentPerM2Year":300}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(invalidParams(refused)).containsExactlyInAnyOrder(
                "labM2='-5'", "containment='BSL-2'", "availableUntil='2027-02'");
        assertThat(sql.count("unit")).isEqualTo(before);
    }

    @Test
    void malformedJsonAndOversizedBodiesAreProblemsAndWriteNothing() {
        long before = sql.count("unit");
        Reply malformed = post("/api/campuses/" + CAMPUS_A + "/units", "{\"name\": \"x\", \"labM2\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        Reply wrongType = post("/api/campuses/" + CAMPUS_A + "/units", VALID.replace("240", "\"lots\""));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.contentType()).startsWith("application/problem+json");
        assertThat(wrongType.body()).contains("labM2").contains("lots");

        String huge = VALID.replace("Suite 2.14", "x".repeat(3 * 1024 * 1024));
        Reply oversized = post("/api/campuses/" + CAMPUS_A + "/units", huge);
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.contentType()).startsWith("application/problem+json");
        assertThat(sql.count("unit")).isEqualTo(before);
    }

    @Test
    void anEditWithAStaleVersionIsAConflictAndChangesNothing() {
        Map<String, Object> unit = http.object(http.get("/api/units/" + UNIT_A, manager));
        int version = (Integer) unit.get("version");
        String edit = VALID.replace("}", ",\"version\":%d}".formatted(version));

        assertThat(put("/api/units/" + UNIT_A, edit).status()).isEqualTo(200);
        Reply stale = put("/api/units/" + UNIT_A, edit.replace("Suite 2.14", "Overwrite"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(http.object(http.get("/api/units/" + UNIT_A, manager))).containsEntry("name", "Suite 2.14")
                .containsEntry("version", version + 1);
    }

    @Test
    void withdrawnUnitsLeaveThePublicListingButNotTheManagers() {
        String id = (String) http.object(post("/api/campuses/" + CAMPUS_A + "/units", VALID)).get("id");
        assertThat(http.send(HttpRequest.POST("/api/units/" + id + "/withdraw", "").bearerAuth(manager)).status()).isEqualTo(200);

        assertThat(http.list(http.send(HttpRequest.GET("/api/campuses/" + CAMPUS_A + "/units"))))
                .extracting(u -> u.get("id")).doesNotContain(id);
        assertThat(http.list(http.get("/api/campuses/" + CAMPUS_A + "/units", manager)))
                .filteredOn(u -> id.equals(u.get("id"))).extracting(u -> u.get("status")).containsExactly("withdrawn");
    }

    @Test
    void reconfirmingSetsTodayAsTheLastConfirmation() {
        sql.execute("UPDATE unit SET last_confirmed = DATE '2025-01-01' WHERE id = '" + UNIT_A + "'");
        Reply confirmed = http.send(HttpRequest.POST("/api/units/" + UNIT_A + "/reconfirm", "").bearerAuth(manager));

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(sql.column("SELECT (last_confirmed = (now() AT TIME ZONE 'Europe/Amsterdam')::date)::text FROM unit WHERE id = '" + UNIT_A + "'")).containsExactly("true");
    }

    @SuppressWarnings("unchecked")
    private List<String> invalidParams(Reply reply) {
        return ((List<Map<String, Object>>) http.object(reply).get("invalidParams")).stream()
                .map(p -> p.get("name") + "='" + p.get("value") + "'").toList();
    }

    private Reply post(String path, String body) {
        return http.send(HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(manager));
    }

    private Reply put(String path, String body) {
        return http.send(HttpRequest.PUT(path, body).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(manager));
    }
}
