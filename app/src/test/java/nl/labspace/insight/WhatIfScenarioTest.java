package nl.labspace.insight;

import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.insight.InsightMarket.ROTTERDAM_LAT;
import static nl.labspace.insight.InsightMarket.ROTTERDAM_LON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarket;
import nl.labspace.TestMarketTest;
import nl.labspace.account.AccountBinding;
import nl.labspace.account.Roles;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What-if scenarios through the API, on a market of units published and needs posted: TestMarket's confidential
 * ML-II need near Leiden (no space for it) and three companies' needs near Rotterdam (no campus within reach). A fund
 * manager for Zuid-Holland builds a hypothetical ML-II building in Rotterdam: the four needs move into it, from no
 * space at all, and Zuid-Holland's unmet m² drop to zero; one class band comes from one company and is withheld.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WhatIfScenarioTest extends TestMarketTest {

    static final String SCENARIOS = "/api/insight/scenarios";
    static final String NATIONAL_FUND = "fund-nl@test.nl";
    static final String OTHER_FUND = "fund-zh-2@test.nl";
    /** Six suites of 300 m² lab + 100 m² office. */
    static final String ROTTERDAM_HALL = """
            {"name":"Rotterdam hall","seed":7,"steps":2000,"buildings":[{"name":"Hall R","lat":%s,"lon":%s,
             "labM2":1800,"officeM2":600,"suites":6,"containment":"ML-II","features":[],"rentPerM2Year":300,
             "deliveryMonth":"2027-01","minTermMonths":12}]}""".formatted(ROTTERDAM_LAT, ROTTERDAM_LON);

    private String hall;

    @BeforeAll
    void market() {
        InsightMarket market = new InsightMarket(http);
        for (String[] c : List.of(new String[]{"00000000-0000-0000-0000-0000000000f1", "Falcon Bio"},
                new String[]{"00000000-0000-0000-0000-0000000000f2", "Gannet Labs"},
                new String[]{"00000000-0000-0000-0000-0000000000f3", "Heron Cells"})) {
            market.post(InsightMarket.company(sql, accounts, c[0], c[1]), 250, 50, ROTTERDAM_LAT, ROTTERDAM_LON);
        }
        accounts.create("test", NATIONAL_FUND, "Fund NL", TestMarket.PASSWORD,
                new AccountBinding(Roles.FUND_MANAGER, null, null, null, true));
        accounts.create("test", OTHER_FUND, "Fund ZH 2", TestMarket.PASSWORD,
                new AccountBinding(Roles.FUND_MANAGER, null, null, List.of("PV28"), false));
    }

    private Reply send(String method, String path, String body, String who) {
        var request = HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), path).bearerAuth(http.token(who));
        if (body != null) {
            request.body(body).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        return http.send(request);
    }

    private Map<String, Object> created(String body, String who) {
        Reply reply = send("POST", SCENARIOS, body, who);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return http.object(reply);
    }

    /** Runs the scenario and waits for the run to end; answers the run as the scenario lists it. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> runToEnd(String scenario, String who) throws InterruptedException {
        Reply started = send("POST", SCENARIOS + "/" + scenario + "/run", null, who);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        Map<String, Object> run = http.object(started);
        assertThat(run.get("status")).isEqualTo("solving");
        assertThat((Integer) run.get("percent")).isBetween(0, 100);
        for (int i = 0; i < 1200; i++) {
            Map<String, Object> now = ((List<Map<String, Object>>) http.object(
                    http.get(SCENARIOS + "/" + scenario, http.token(who))).get("results")).stream()
                    .filter(r -> r.get("id").equals(run.get("id"))).findFirst().orElseThrow();
            if (!"solving".equals(now.get("status"))) {
                return now;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("scenario run did not end in 60 s");
    }

    private List<String> liveMarket() {
        return sql.column("SELECT (SELECT count(*) FROM proposal) || '/' || (SELECT count(*) FROM unit_hold) || '/' "
                + "|| (SELECT count(*) FROM matching_run) || '/' || (SELECT count(*) FROM lease) || '/' "
                + "|| (SELECT count(*) FROM unit) || '/' || (SELECT count(*) FROM campus)");
    }

    @Test
    @Order(1)
    void aFundManagerSavesAScenarioInARegionItFollows() {
        Map<String, Object> scenario = created(ROTTERDAM_HALL, FUND_ZH);
        hall = (String) scenario.get("id");
        assertThat(scenario).containsEntry("name", "Rotterdam hall").containsEntry("seed", 7).containsEntry("version", 0);
        @SuppressWarnings("unchecked")
        Map<String, Object> building = ((List<Map<String, Object>>) scenario.get("buildings")).get(0);
        assertThat(building).containsEntry("province", "PV28").containsEntry("suites", 6)
                .containsEntry("containment", "ML-II").containsEntry("deliveryMonth", "2027-01");
        assertThat(scenario.get("results")).asList().isEmpty();
    }

    @Test
    @Order(2)
    void badInputNamesTheFieldAndValueAndWritesNothing() {
        List<String> before = sql.column("SELECT count(*) FROM scenario");
        Reply negative = send("POST", SCENARIOS, ROTTERDAM_HALL.replace("\"labM2\":1800", "\"labM2\":-5"), FUND_ZH);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.contentType()).startsWith("application/problem+json");
        assertThat(negative.body()).contains("\"name\":\"buildings[0].labM2\"").contains("\"value\":\"-5\"");

        // Utrecht: a campus in a province this fund manager does not follow
        Reply elsewhere = send("POST", SCENARIOS, ROTTERDAM_HALL.replace("\"lat\":" + ROTTERDAM_LAT + ",\"lon\":"
                + ROTTERDAM_LON, "\"campus\":\"" + TestMarket.CAMPUS_B + "\""), FUND_ZH);
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("\"name\":\"buildings[0].campus\"").contains(TestMarket.CAMPUS_B);

        Reply abroad = send("POST", SCENARIOS, ROTTERDAM_HALL.replace(ROTTERDAM_LAT, "48.85").replace(ROTTERDAM_LON, "2.35"), FUND_ZH);
        assertThat(abroad.status()).isEqualTo(400);
        assertThat(abroad.body()).contains("\"name\":\"buildings[0].lat\"").contains("outside the Netherlands");

        String four = ROTTERDAM_HALL.substring(ROTTERDAM_HALL.indexOf('{', 1), ROTTERDAM_HALL.lastIndexOf(']'));
        Reply tooMany = send("POST", SCENARIOS, ROTTERDAM_HALL.replace(four, String.join(",", four, four, four, four)), FUND_ZH);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("\"name\":\"buildings\"");
        assertThat(sql.column("SELECT count(*) FROM scenario")).isEqualTo(before);
    }

    @Test
    @Order(3)
    void anotherAccountsScenarioIsNotFound() {
        assertThat(send("GET", SCENARIOS + "/" + hall, null, OTHER_FUND).status()).isEqualTo(404);
        assertThat(send("POST", SCENARIOS + "/" + hall + "/run", null, OTHER_FUND).status()).isEqualTo(404);
        assertThat(send("DELETE", SCENARIOS + "/" + hall, null, NATIONAL_FUND).status()).isEqualTo(404);
        Reply edit = send("PUT", SCENARIOS + "/" + hall, ROTTERDAM_HALL.replaceFirst("\\{\"name\"", "{\"version\":0,\"name\""), OTHER_FUND);
        assertThat(edit.status()).as(edit.body()).isEqualTo(404);
        assertThat(send("GET", SCENARIOS + "/compare?ids=" + hall, null, OTHER_FUND).status()).isEqualTo(404);
        assertThat(http.list(http.get(SCENARIOS, http.token(OTHER_FUND)))).isEmpty();
        assertThat(send("GET", SCENARIOS, null, COMPANY_X_USER).status()).isEqualTo(403);
    }

    @Test
    @Order(4)
    @SuppressWarnings("unchecked")
    void theBuildingAbsorbsTheUnmetDemandOfItsRegionAndNothingLiveIsWritten() throws InterruptedException {
        List<String> live = liveMarket();

        Map<String, Object> run = runToEnd(hall, FUND_ZH);

        assertThat(run).containsEntry("status", "finished").containsEntry("percent", 100).containsEntry("seed", 7);
        assertThat(liveMarket()).as("proposals/holds/runs/leases/units/campuses").isEqualTo(live);
        Map<String, Map<String, Object>> regions = byKey((List<Map<String, Object>>) run.get("regions"), "code");
        assertThat(regions).containsKey("PV28").doesNotContainKey("PV26").doesNotContainKey("NL");
        // X (550 m²) and three needs of 300 m² near Rotterdam had no space; all four move in
        assertThat(regions.get("PV28").get("unmetBeforeM2")).isEqualTo(shown(1450));
        assertThat(regions.get("PV28").get("unmetAfterM2")).isEqualTo(shown(0));
        assertThat(regions.get("PV28").get("absorbedM2")).isEqualTo(shown(1450));
        Map<String, Object> building = ((List<Map<String, Object>>) run.get("buildings")).get(0);
        assertThat(building.get("letM2")).isEqualTo(shown(2000));
        assertThat(building.get("preletShare")).as("2,000 of 2,400 m²").isEqualTo(shown(833));
        assertThat(building.get("needs")).isEqualTo(shown(4));
        Map<String, Map<String, Object>> classes = byKey((List<Map<String, Object>>) building.get("classes"), "value");
        assertThat(classes.get("ML-II").get("m2")).as("one company's class").isEqualTo(withheld("few-companies"));
        assertThat(((List<Map<String, Object>>) building.get("fromRegions")).get(0)).containsEntry("value", "PV28");
        List<Map<String, Object>> from = (List<Map<String, Object>>) run.get("movedFrom");
        assertThat(from).hasSize(1);
        assertThat(from.get(0).get("campusId")).isNull();
        assertThat(from.get(0).get("m2")).isEqualTo(shown(1450));
        assertThat(run.toString()).doesNotContain(TestMarket.NEED_X.toString()).doesNotContain(TestMarket.COMPANY_X.toString())
                .doesNotContain("Secret relocation lab");
    }

    @Test
    @Order(5)
    @SuppressWarnings("unchecked")
    void theSameScenarioAndSeedOnTheSameMarketGiveTheSameResultAndEachRunIsKept() throws InterruptedException {
        Map<String, Object> second = runToEnd(hall, FUND_ZH);

        List<Map<String, Object>> results = (List<Map<String, Object>>) http.object(
                http.get(SCENARIOS + "/" + hall, http.token(FUND_ZH))).get("results");
        assertThat(results).hasSize(2);
        Map<String, Object> first = results.get(1);
        for (String part : List.of("regions", "buildings", "movedFrom", "movedInNeeds", "movedInM2", "needs", "units")) {
            assertThat(second.get(part)).as(part).isEqualTo(first.get(part));
        }
        assertThat(second.get("id")).isNotEqualTo(first.get("id"));
    }

    @Test
    @Order(6)
    @SuppressWarnings("unchecked")
    void anExtensionOfACampusTakesItsTenantAndOneCompanyIsNeverShown() throws InterruptedException {
        // Y leases nothing yet: its best place without the extension is unit B1 on campus B
        String utrecht = (String) created("""
                {"name":"Utrecht extension","seed":7,"steps":2000,"buildings":[{"name":"Wing B2","campus":"%s",
                 "labM2":250,"officeM2":100,"suites":1,"containment":"ML-I","rentPerM2Year":250,
                 "deliveryMonth":"2027-01"}]}""".formatted(TestMarket.CAMPUS_B), NATIONAL_FUND).get("id");

        Map<String, Object> run = runToEnd(utrecht, NATIONAL_FUND);

        assertThat(run).containsEntry("status", "finished");
        List<Map<String, Object>> from = (List<Map<String, Object>>) run.get("movedFrom");
        assertThat(from).extracting(o -> o.get("campusName")).containsExactly("Campus B");
        assertThat(from.get(0).get("m2")).isEqualTo(withheld("few-companies"));
        Map<String, Object> building = ((List<Map<String, Object>>) run.get("buildings")).get(0);
        assertThat(building.get("preletShare")).isEqualTo(withheld("few-companies"));
        assertThat(byKey((List<Map<String, Object>>) run.get("regions"), "code")).containsKeys("NL", "PV26", "PV28");

        Map<String, Object> compared = http.object(send("GET", SCENARIOS + "/compare?ids=" + utrecht, null, NATIONAL_FUND));
        assertThat((List<Map<String, Object>>) compared.get("scenarios")).singleElement()
                .satisfies(c -> assertThat(((Map<String, Object>) c.get("result")).get("id")).isEqualTo(run.get("id")));
    }

    @Test
    @Order(7)
    void aStoppedRunEndsWithoutFiguresAndAScenarioIsDeletedWithItsResults() throws InterruptedException {
        String slow = (String) created(ROTTERDAM_HALL.replace("\"steps\":2000", "\"steps\":200000"), FUND_ZH).get("id");
        Reply started = send("POST", SCENARIOS + "/" + slow + "/run", null, FUND_ZH);
        assertThat(started.status()).isEqualTo(202);
        assertThat(send("POST", SCENARIOS + "/" + slow + "/run", null, FUND_ZH).status()).as("one run at a time").isEqualTo(409);
        assertThat(send("DELETE", SCENARIOS + "/" + slow, null, FUND_ZH).status()).as("not while solving").isEqualTo(409);

        Reply stopped = send("POST", SCENARIOS + "/" + slow + "/stop", null, FUND_ZH);
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
        Map<String, Object> end = null;
        for (int i = 0; i < 1200 && (end == null || "solving".equals(end.get("status"))); i++) {
            Thread.sleep(50);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> results = (List<Map<String, Object>>) http.object(
                    http.get(SCENARIOS + "/" + slow, http.token(FUND_ZH))).get("results");
            end = results.get(0);
        }
        assertThat(end).containsEntry("status", "stopped").containsEntry("regions", List.of());
        assertThat(send("POST", SCENARIOS + "/" + slow + "/stop", null, FUND_ZH).status()).isEqualTo(409);

        assertThat(send("DELETE", SCENARIOS + "/" + slow, null, FUND_ZH).status()).isEqualTo(204);
        assertThat(send("GET", SCENARIOS + "/" + slow, null, FUND_ZH).status()).isEqualTo(404);
        assertThat(sql.column("SELECT count(*) FROM scenario_result WHERE scenario_id = '" + slow + "'")).containsExactly("0");
    }

    @Test
    @Order(8)
    @SuppressWarnings("unchecked")
    void anEditSendsTheVersionItReadAndKeepsEarlierResults() {
        String renamed = ROTTERDAM_HALL.replaceFirst("\\{\"name\":\"Rotterdam hall\"", "{\"version\":0,\"name\":\"Rotterdam hall 2\"");
        Reply edited = send("PUT", SCENARIOS + "/" + hall, renamed, FUND_ZH);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(http.object(edited)).containsEntry("name", "Rotterdam hall 2").containsEntry("version", 1);
        assertThat((List<Object>) http.object(edited).get("results")).hasSize(2);

        Reply stale = send("PUT", SCENARIOS + "/" + hall, renamed, FUND_ZH);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(sql.column("SELECT name || version FROM scenario WHERE id = '" + hall + "'")).containsExactly("Rotterdam hall 21");
    }

    private static Map<String, Object> shown(int value) {
        Map<String, Object> figure = new java.util.HashMap<>();
        figure.put("value", value);
        figure.put("withheld", null);
        return figure;
    }

    private static Map<String, Object> withheld(String why) {
        Map<String, Object> figure = new java.util.HashMap<>();
        figure.put("value", null);
        figure.put("withheld", why);
        return figure;
    }

    private static Map<String, Map<String, Object>> byKey(List<Map<String, Object>> rows, String key) {
        Map<String, Map<String, Object>> by = new java.util.LinkedHashMap<>();
        rows.forEach(r -> by.put(String.valueOf(r.get(key)), r));
        return by;
    }
}
