package nl.labspace.matching;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.MANAGER_B;
import static nl.labspace.TestMarket.NEED_Y;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A run's life beyond the happy path: stopped at once, refused while an overlapping run solves, followed by
 * server-sent events, ended early when its best stops improving; a later run keeps an accepted proposal as it
 * is; a confidential need stays anonymous in what its campus reads.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunLifecycleTest extends TestMarketTest {

    /** Long enough that only a stop can end these runs within the test's patience. */
    private static final String ENDLESS = "\"budgetSeconds\":120,\"steps\":10000000";

    @Test
    @Order(1)
    void aRunStoppedAsSoonAsItStartsEndsAtOnceAsStopped() throws Exception {
        String admin = http.token(ADMIN);
        String run = start("{" + ENDLESS + "}", admin);
        Reply stop = post("/api/admin/matching/runs/" + run + "/stop", null, admin);
        assertThat(stop.status()).as(stop.body()).isEqualTo(200);

        Map<String, Object> ended = awaitEnd(run, admin, 20);
        assertThat(ended).containsEntry("status", "stopped");
        assertThat(sql.column("SELECT action FROM audit_event WHERE subject = '" + run + "' ORDER BY id"))
                .containsExactly("matching.run-started", "matching.run-stopped");
    }

    @Test
    @Order(2)
    void aRunWhoseScopeOverlapsASolvingOneIsRefused() throws Exception {
        String admin = http.token(ADMIN);
        String leidenCorop = sql.column("SELECT corop_code FROM campus WHERE id = 'test-campus-a'").get(0);
        String southHolland = start("{\"regions\":[\"PV28\"]," + ENDLESS + "}", admin);
        Reply national = post("/api/admin/matching/runs", "{\"budgetSeconds\":5}", admin);
        Reply leiden = post("/api/admin/matching/runs", "{\"regions\":[\"" + leidenCorop + "\"],\"budgetSeconds\":5}", admin);
        Reply utrecht = post("/api/admin/matching/runs", "{\"regions\":[\"PV26\"],\"budgetSeconds\":5}", admin);
        post("/api/admin/matching/runs/" + southHolland + "/stop", null, admin);
        awaitEnd(southHolland, admin, 30);

        assertThat(national.status()).as("the whole country overlaps South Holland").isEqualTo(409);
        assertThat(national.body()).contains("PV28", "overlaps");
        assertThat(leiden.status()).as("a COROP region inside South Holland").isEqualTo(409);
        assertThat(utrecht.status()).as("Utrecht shares no campus and no need with South Holland: " + utrecht.body())
                .isEqualTo(201);
        assertThat(awaitEnd((String) http.object(utrecht).get("id"), admin, 30)).containsEntry("status", "finished");
        assertThat(sql.column("SELECT count(*) FROM matching_run WHERE status = 'solving'")).containsExactly("0");
    }

    @Test
    @Order(3)
    void aRunCanBeFollowedAsServerSentEventsAndEndsWhenItsBestStopsImproving() throws Exception {
        String admin = http.token(ADMIN);
        String run = start("{\"budgetSeconds\":120,\"seed\":3}", admin);

        Reply events = http.send(HttpRequest.GET("/api/admin/matching/runs/" + run + "/events")
                .accept(MediaType.TEXT_EVENT_STREAM_TYPE).bearerAuth(admin));

        assertThat(events.status()).isEqualTo(200);
        assertThat(events.contentType()).startsWith("text/event-stream");
        List<String> data = events.body().lines().filter(l -> l.startsWith("data:")).toList();
        assertThat(events.body()).contains("event: status");
        assertThat(data).isNotEmpty();
        assertThat(data.get(data.size() - 1)).as("the stream ends with the ended run").contains("\"status\":\"finished\"");

        Map<String, Object> history = http.object(http.get("/api/admin/matching/runs/" + run, admin));
        // Measured by the run itself against its own budget, not by the test's clock (a loaded machine is slow).
        Duration solving = Duration.between(OffsetDateTime.parse((String) history.get("solvingAt")),
                OffsetDateTime.parse((String) history.get("finishedAt")));
        assertThat(solving).as("a two-need market stops improving before its 120 s budget").isLessThan(Duration.ofSeconds(120));
        assertThat(history).containsEntry("startedBy", ADMIN).containsEntry("seed", 3).containsEntry("budgetSeconds", 120)
                .containsEntry("scope", "national").containsEntry("status", "finished").containsEntry("totalNeeds", 2)
                .containsKeys("createdAt", "solvingAt", "finishedAt", "unservedM2", "proposals");
        assertThat(http.list(http.get("/api/admin/matching/runs", admin))).extracting(r -> r.get("id")).contains(run);
    }

    @Test
    @Order(4)
    void aLaterRunKeepsAnAcceptedProposalAsItIsAndProposesNothingNewForItsNeed() throws Exception {
        String admin = http.token(ADMIN);
        String companyY = http.token(COMPANY_Y_USER);
        awaitEnd(start("{\"budgetSeconds\":5,\"seed\":1}", admin), admin, 30);
        Map<String, Object> open = http.list(http.get("/api/proposals", companyY)).stream()
                .filter(p -> "open".equals(p.get("status"))).findFirst().orElseThrow();
        String accepted = (String) open.get("id");
        assertThat(post("/api/proposals/" + accepted + "/accept", null, companyY).status()).isEqualTo(200);

        String later = start("{\"budgetSeconds\":5,\"seed\":2}", admin);
        assertThat(awaitEnd(later, admin, 30)).containsEntry("status", "finished");

        assertThat(http.list(http.get("/api/proposals", companyY))).singleElement().satisfies(p ->
                assertThat(p).containsEntry("id", accepted).containsEntry("status", "accepted"));
        assertThat(sql.column("SELECT count(*) FROM proposal WHERE run_id = '" + later + "' AND need_id = '" + NEED_Y + "'"))
                .containsExactly("0");
        String snapshot = http.get("/api/admin/matching/runs/" + later + "/snapshot", admin).body();
        assertThat(snapshot).as("the accepted match is a fixed entry of the later run's input")
                .containsPattern("\"fixed\"\\s*:\\s*\\[\\s*\\{[^]]*" + NEED_Y);
    }

    @Test
    @Order(5)
    @SuppressWarnings("unchecked")
    void aCampusReadsAConfidentialNeedsProposalWithoutItsSectorOrPlace() throws Exception {
        String admin = http.token(ADMIN);
        sql.execute("UPDATE proposal SET status = 'declined' WHERE need_id = '" + NEED_Y + "' AND status = 'accepted'");
        sql.execute("UPDATE need SET confidential = true, version = version + 1 WHERE id = '" + NEED_Y + "'");
        sql.execute("UPDATE campus SET focus = ARRAY['medtech'] WHERE id = 'test-campus-b'");
        awaitEnd(start("{\"budgetSeconds\":5,\"seed\":4}", admin), admin, 30);

        Map<String, Object> ofCompany = http.list(http.get("/api/proposals", http.token(COMPANY_Y_USER))).stream()
                .filter(p -> "open".equals(p.get("status"))).findFirst().orElseThrow();
        String companyView = json.writeValueAsString(ofCompany.get("explanation"));
        assertThat(companyView).as("the company reads every term of its own proposal")
                .contains("\"kind\":\"Distance\"", "\"kind\":\"CampusFocus\"", "\"sector\":\"diagnostics\"");

        Map<String, Object> ofCampus = http.list(http.get("/api/proposals", http.token(MANAGER_B))).stream()
                .filter(p -> ofCompany.get("id").equals(p.get("id"))).findFirst().orElseThrow();
        assertThat(ofCampus.get("needId")).isNull();
        assertThat(ofCampus.get("needTitle")).isNull();
        String campusView = json.writeValueAsString(ofCampus.get("explanation"));
        assertThat(campusView).contains("\"kind\":\"Rent\"")
                .doesNotContain("Distance", "CampusFocus", "sector", "diagnostics", NEED_Y.toString());
        String page = http.get("/console/campus", http.token(MANAGER_B)).body();
        assertThat(page).doesNotContain("diagnostics", "Diagnostics scale-up");
    }

    @Test
    @Order(6)
    @SuppressWarnings("unchecked")
    void aRunPublishesEachProvinceWithNeedsOfAtLeastThreeCompaniesAndWithholdsTheRest() throws Exception {
        String admin = http.token(ADMIN);
        // copies of Yarrow's Utrecht need, two of them of other companies: three distinct companies in Utrecht
        sql.execute("""
                INSERT INTO company (id, name, sector) VALUES ('00000000-0000-0000-0000-00000000c0c3', 'Quokka Biologics', 'vaccines'),
                                                             ('00000000-0000-0000-0000-00000000c0d4', 'Wombat Labs', 'vaccines')""");
        sql.execute("""
                INSERT INTO need (id, company_id, title, lab_m2, office_m2, containment, move_in_earliest, move_in_latest,
                                  term_months, near_location, near_max_km, sector)
                SELECT gen_random_uuid(), CASE n WHEN 2 THEN '00000000-0000-0000-0000-00000000c0c3'::uuid
                                                 WHEN 3 THEN '00000000-0000-0000-0000-00000000c0d4'::uuid ELSE company_id END,
                       'Utrecht need ' || n, 100 * n, 0, 'ML-I', move_in_earliest, move_in_latest,
                       term_months, near_location, near_max_km, sector
                FROM need, generate_series(1, 3) n WHERE id = '%s'""".formatted(NEED_Y));
        String run = start("{\"budgetSeconds\":5,\"seed\":6}", admin);
        awaitEnd(run, admin, 30);
        String utrecht = sql.column("SELECT home_province_code FROM need WHERE id = '" + NEED_Y + "'").get(0);
        int needsThere = Integer.parseInt(sql.column("SELECT count(*) FROM need WHERE status = 'open' AND home_province_code = '"
                + utrecht + "'").get(0));

        Map<String, Object> figures = http.object(http.send(HttpRequest.GET("/api/matching/runs/" + run + "/figures")));
        List<Map<String, Object>> provinces = (List<Map<String, Object>>) figures.get("provinces");
        assertThat(provinces).filteredOn(p -> !utrecht.equals(p.get("province")))
                .allSatisfy(p -> assertThat(p).containsEntry("withheld", true));
        // Utrecht's three companies pass the rule, but with one other province withheld the total minus Utrecht
        // would give that province away: Utrecht is withheld with it.
        assertThat(provinces).filteredOn(p -> !utrecht.equals(p.get("province"))).hasSize(1);
        assertThat(provinces).filteredOn(p -> utrecht.equals(p.get("province"))).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("withheld", true).doesNotContainKey("needs"));
        // Nothing was matched, so a shown total of matched needs (0) would say so of both: the total goes as well.
        assertThat((Map<String, Object>) figures.get("total")).containsEntry("withheld", true);
    }

    private String start(String body, String admin) {
        Reply started = post("/api/admin/matching/runs", body, admin);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return (String) http.object(started).get("id");
    }

    private Map<String, Object> awaitEnd(String run, String admin, int seconds) throws InterruptedException {
        for (int i = 0; i < seconds * 4; i++) {
            Map<String, Object> status = http.object(http.get("/api/admin/matching/runs/" + run + "/status", admin));
            if (!"solving".equals(status.get("status"))) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("run " + run + " did not end within " + seconds + " s");
    }

    private Reply post(String path, String body, String token) {
        var request = HttpRequest.POST(path, body == null ? "" : body).bearerAuth(token);
        return http.send(body == null ? request : request.contentType(MediaType.APPLICATION_JSON_TYPE));
    }
}
