package nl.labspace.insight;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_B;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_B;
import static nl.labspace.TestMarket.NEED_Y;
import static nl.labspace.insight.InsightMarket.ROTTERDAM_LAT;
import static nl.labspace.insight.InsightMarket.ROTTERDAM_LON;
import static nl.labspace.insight.InsightMarket.UTRECHT_LAT;
import static nl.labspace.insight.InsightMarket.UTRECHT_LON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import nl.labspace.matching.RunDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Flows of demand between regions, from units published and needs posted through the API, a run, an acceptance and
 * a confirmation: every figure GET /api/insight/flows shows is checked against SQL written here, and a figure from
 * fewer than 3 companies is withheld. Four companies homed in Rotterdam (Zuid-Holland) and three of them also in
 * Utrecht all need an autoclave, which only the benches published on campus B in Utrecht have.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FlowsTest extends TestMarketTest {

    private static final List<String> LEVELS = List.of("province", "corop", "rom");

    private RunDriver driver;
    private String quokka;
    private String quokkaRotterdam;

    @BeforeAll
    void market() throws InterruptedException {
        driver = new RunDriver(http);
        quokka = InsightMarket.company(sql, accounts, "00000000-0000-0000-0000-00000000f0c3", "Quokka Biologics");
        String wombat = InsightMarket.company(sql, accounts, "00000000-0000-0000-0000-00000000f0d4", "Wombat Labs");
        String numbat = InsightMarket.company(sql, accounts, "00000000-0000-0000-0000-00000000f0e5", "Numbat Cells");
        String dingo = InsightMarket.company(sql, accounts, "00000000-0000-0000-0000-00000000f0f6", "Dingo Enzymes");
        // Y's need would take unit B1; withdrawn, the run proposes only the autoclave needs
        new InsightMarket(http).withdraw(COMPANY_Y_USER, NEED_Y.toString(), "plans-changed");
        for (int i = 1; i <= 7; i++) {
            driver.publishUnit(token(MANAGER_B), CAMPUS_B, "Autoclave bench " + i, 100, "2027-01");
        }
        quokkaRotterdam = need(quokka, ROTTERDAM_LAT, ROTTERDAM_LON, 60);
        for (String founder : List.of(wombat, numbat, dingo)) {
            need(founder, ROTTERDAM_LAT, ROTTERDAM_LON, 60);
        }
        for (String founder : List.of(quokka, wombat, numbat)) {
            need(founder, UTRECHT_LAT, UTRECHT_LON, 25);
        }
        driver.run("{\"budgetSeconds\":10,\"seed\":1}", token(ADMIN));
    }

    @Test
    @Order(1)
    void proposedDemandGoesFromRotterdamToUtrechtAsTheSqlSays() {
        RegionFlowsView admin = flows(ADMIN, "?level=province&stage=proposed");

        assertThat(admin.flow("PV28", "PV26", "proposed")).containsEntry("m2", 400).doesNotContainKey("withheld");
        assertThat(admin.flow("PV26", "PV26", "proposed")).containsEntry("m2", 300);
        assertThat(admin.origin("PV28", "proposed")).containsEntry("m2", 400).containsEntry("insideShare", 0);
        assertThat(admin.origin("PV26", "proposed")).containsEntry("m2", 300).containsEntry("insideShare", 1000);
        assertThat(admin.origin("PV27", "proposed")).containsEntry("m2", 0).doesNotContainKey("insideShare")
                .doesNotContainKey("insideShareWithheld");
        everyLevelAgreesWithSql();
    }

    @Test
    @Order(2)
    void oneAcceptanceIsOneCompanyAndWithheldWhileTheOthersStillShow() {
        Reply accepted = driver.post("/api/proposals/" + driver.proposalOf(quokkaRotterdam, token(quokka)).get("id")
                + "/accept", null, token(quokka));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

        RegionFlowsView admin = flows(ADMIN, "?level=province");

        assertThat(admin.flow("PV28", "PV26", "accepted")).doesNotContainKey("m2").containsEntry("withheld", "few-companies");
        assertThat(admin.origin("PV28", "accepted")).doesNotContainKey("m2").doesNotContainKey("insideShare")
                .containsEntry("insideShareWithheld", "few-companies");
        assertThat(admin.flow("PV28", "PV26", "proposed")).containsEntry("m2", 300);
        everyLevelAgreesWithSql();
    }

    @Test
    @Order(3)
    void aConfirmationMovesTheDemandToLeased() {
        Map<String, Object> proposal = driver.proposalOf(quokkaRotterdam, token(quokka));
        Reply confirmed = driver.post("/api/proposals/" + proposal.get("id") + "/confirm", null, token(MANAGER_B));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);

        RegionFlowsView admin = flows(ADMIN, "?level=province");

        assertThat(admin.flow("PV28", "PV26", "leased")).containsEntry("withheld", "few-companies");
        assertThat(admin.flows).noneMatch(f -> "accepted".equals(f.get("stage")));
        assertThat(admin.origin("PV28", "accepted")).containsEntry("m2", 0);
        everyLevelAgreesWithSql();
    }

    @Test
    @Order(4)
    void aFundManagerSeesTheOriginsFollowedAndTheFlowsTouchingThem() {
        RegionFlowsView zh = flows(FUND_ZH, "?level=province");
        assertThat(zh.origins).extracting(o -> o.get("code")).containsOnly("PV28");
        assertThat(zh.flows).isNotEmpty().allSatisfy(f -> assertThat(List.of(f.get("from"), f.get("to"))).contains("PV28"));
        assertThat(zh.flows).extracting(f -> f.get("from") + ">" + f.get("to")).contains("PV28>PV26").doesNotContain("PV26>PV26");

        RegionFlowsView corop = flows(FUND_ZH, "?level=corop");
        List<String> inZuidHolland = new java.util.ArrayList<>(sql.column(
                "SELECT code FROM region WHERE kind = 'corop' AND province_code = 'PV28'"));
        inZuidHolland.add("PV28:unplaced");
        assertThat(corop.origins).extracting(o -> (String) o.get("code")).containsOnlyElementsOf(inZuidHolland)
                .containsAll(inZuidHolland);
        assertThat(corop.flows).isNotEmpty();
        assertThat(flows(FUND_ZH, "?level=country").origins).isEmpty();
        assertThat(flows(ADMIN, "?level=country&stage=proposed").origins).singleElement()
                .satisfies(o -> assertThat(o).containsEntry("code", "NL").containsEntry("m2", 600));
        assertThat(http.get("/api/insight/flows?level=corop", token(FUND_ZH)).body())
                .doesNotContain("Quokka").doesNotContain("Autoclave").doesNotContain(quokkaRotterdam);
    }

    @Test
    @Order(4)
    void theFiguresEndpointGivesFlowsOnlyToTheirReaders() {
        Reply anonymous = http.send(io.micronaut.http.HttpRequest.GET("/api/insight/figures?figure=flow-m2"));
        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(200);
        assertThat(http.list(anonymous)).as("the public reads no flows, not even of the country and provinces").isEmpty();
        Reply fund = http.get("/api/insight/figures?figure=flow-m2&level=province", token(FUND_ZH));
        assertThat(http.list(fund)).isNotEmpty().extracting(r -> r.get("region")).containsOnly("PV28");
        Reply admin = http.get("/api/insight/figures?figure=flow-m2&level=province", token(ADMIN));
        assertThat(http.list(admin)).extracting(r -> r.get("region")).contains("PV26", "PV28");
    }

    @Test
    @Order(5)
    void aBadLevelOrStageIsRefusedNamingTheField() {
        for (String[] bad : new String[][] {{"level", "galaxy"}, {"stage", "shipped"}, {"level", "PROVINCE"}}) {
            Reply reply = http.get("/api/insight/flows?" + bad[0] + "=" + bad[1], token(FUND_ZH));
            assertThat(reply.status()).as(reply.body()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.body()).contains("\"name\":\"" + bad[0] + "\"").contains(bad[1]);
        }
    }

    /** Every flow the admin reads, at every level and stage, is SQL's figure or withheld; SQL's figures all appear. */
    private void everyLevelAgreesWithSql() {
        for (String level : LEVELS) {
            Map<String, String> expected = sqlFlows(level);
            Map<String, String> shown = new LinkedHashMap<>();
            for (Map<String, Object> f : flows(ADMIN, "?level=" + level).flows) {
                String key = f.get("from") + ">" + f.get("to") + ">" + f.get("stage");
                assertThat(expected).as(level + " flow " + key).containsKey(key);
                String[] sumAndCompanies = expected.get(key).split("/");
                if (Integer.parseInt(sumAndCompanies[1]) < 3) {
                    assertThat(f).as(key).doesNotContainKey("m2").containsEntry("withheld", "few-companies");
                } else if (f.get("m2") != null) {
                    assertThat(f.get("m2")).as(key).hasToString(sumAndCompanies[0]);
                }
                shown.put(key, expected.get(key));
            }
            assertThat(shown).as(level + " flows").isEqualTo(expected);
        }
    }

    /** from>to>stage -> m²/companies, written apart from the application's query. */
    private Map<String, String> sqlFlows(String level) {
        String home = "coalesce(n.home_%s_code, %s)".formatted(level, "corop".equals(level)
                ? "coalesce(n.home_province_code || ':unplaced', 'NL:unplaced')" : "'NL:unplaced'");
        Map<String, String> flows = new LinkedHashMap<>();
        for (String row : sql.column("""
                WITH moved AS (
                    SELECT CASE p.status WHEN 'open' THEN 'proposed' ELSE p.status END AS stage, p.need_id, p.campus_id
                      FROM proposal p JOIN need n ON n.id = p.need_id
                     WHERE p.status IN ('open', 'accepted') AND n.status = 'open'
                    UNION ALL
                    (SELECT DISTINCT ON (l.need_id) 'leased', l.need_id, u.campus_id
                       FROM lease l JOIN unit u ON u.id = l.unit_id
                      WHERE l.need_id IS NOT NULL
                        AND l.last_month >= date_trunc('month', now() AT TIME ZONE 'Europe/Amsterdam')::date
                      ORDER BY l.need_id, l.first_month))
                SELECT %s || '>' || c.%s_code || '>' || m.stage || '=' || sum(n.lab_m2 + n.office_m2) || '/'
                       || count(DISTINCT n.company_id)
                  FROM moved m JOIN need n ON n.id = m.need_id JOIN campus c ON c.id = m.campus_id
                 GROUP BY %s, c.%s_code, m.stage""".formatted(home, level, home, level))) {
            String[] kv = row.split("=");
            flows.put(kv[0], kv[1]);
        }
        return flows;
    }

    private String need(String founder, String lat, String lon, int maxKm) {
        return driver.postNeed(token(founder), "Autoclave lab", 100, "2027-03", 12, Double.parseDouble(lat),
                Double.parseDouble(lon), maxKm);
    }

    private String token(String who) {
        return http.token(who);
    }

    private RegionFlowsView flows(String who, String query) {
        Reply reply = http.get("/api/insight/flows" + query, token(who));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return new RegionFlowsView(http.object(reply));
    }

    /** The answer as a client reads it. */
    @SuppressWarnings("unchecked")
    private static final class RegionFlowsView {
        final List<Map<String, Object>> origins;
        final List<Map<String, Object>> flows;

        RegionFlowsView(Map<String, Object> body) {
            origins = (List<Map<String, Object>>) body.getOrDefault("origins", List.of());
            flows = (List<Map<String, Object>>) body.getOrDefault("flows", List.of());
        }

        Map<String, Object> flow(String from, String to, String stage) {
            return flows.stream().filter(f -> from.equals(f.get("from")) && to.equals(f.get("to")) && stage.equals(f.get("stage")))
                    .findFirst().orElseThrow(() -> new AssertionError("no flow %s>%s %s in %s".formatted(from, to, stage, flows)));
        }

        Map<String, Object> origin(String code, String stage) {
            return origins.stream().filter(o -> code.equals(o.get("code")) && stage.equals(o.get("stage")))
                    .findFirst().orElseThrow(() -> new AssertionError("no origin %s %s in %s".formatted(code, stage, origins)));
        }
    }
}
