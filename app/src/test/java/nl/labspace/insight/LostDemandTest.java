package nl.labspace.insight;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.insight.InsightMarket.ROTTERDAM_LAT;
import static nl.labspace.insight.InsightMarket.ROTTERDAM_LON;
import static nl.labspace.insight.InsightMarket.UTRECHT_LAT;
import static nl.labspace.insight.InsightMarket.UTRECHT_LON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.FormSession;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Lost demand: a withdrawal records why (or unknown), and fund managers read lost m² per region and month, the
 * went-abroad part called out, each under the disclosure rule (the went-abroad part is a cell of its own: it shows
 * only when three companies went abroad, and another company's withdrawal for another reason keeps the remaining
 * reasons from needing it as their complement), checked against SQL written here on a small market.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LostDemandTest extends TestMarketTest {

    private String quokka;
    private String wombat;
    private String numbat;
    private String bilby;
    private InsightMarket market;
    private String thisMonth;

    @BeforeAll
    void companies() {
        quokka = InsightMarket.company(sql, accounts, "00000000-0000-0000-0000-00000000c0c3", "Quokka Biologics");
        wombat = InsightMarket.company(sql, accounts, "00000000-0000-0000-0000-00000000c0d4", "Wombat Labs");
        numbat = InsightMarket.company(sql, accounts, "00000000-0000-0000-0000-00000000c0e5", "Numbat Cells");
        bilby = InsightMarket.company(sql, accounts, "00000000-0000-0000-0000-00000000c0f6", "Bilby Bio");
        market = new InsightMarket(http);
        thisMonth = sql.column("SELECT to_char(now() AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM')").get(0);
    }

    @Test
    @Order(1)
    void aWithdrawalRecordsItsReasonOrUnknown() {
        String abroad = market.post(COMPANY_Y_USER, 100, 20, ROTTERDAM_LAT, ROTTERDAM_LON);
        String silent = market.post(quokka, 300, 50, ROTTERDAM_LAT, ROTTERDAM_LON);

        Reply withdrawn = market.withdraw(COMPANY_Y_USER, abroad, "went-abroad");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(http.object(withdrawn)).containsEntry("status", "withdrawn").containsEntry("withdrawReason", "went-abroad");
        assertThat(http.object(market.withdraw(quokka, silent, null))).containsEntry("withdrawReason", "unknown");
        assertThat(sql.column("SELECT withdraw_reason FROM need WHERE id IN ('%s', '%s') ORDER BY lab_m2".formatted(abroad, silent)))
                .containsExactly("went-abroad", "unknown");
    }

    @Test
    @Order(2)
    void anUnknownReasonIsRefusedAndNothingIsWritten() {
        String need = market.post(COMPANY_Y_USER, 80, 0, ROTTERDAM_LAT, ROTTERDAM_LON);
        String before = sql.column("SELECT status || version FROM need WHERE id = '%s'".formatted(need)).get(0);

        Reply refused = market.withdraw(COMPANY_Y_USER, need, "moved-to-mars");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"name\":\"reason\"").contains("moved-to-mars");
        assertThat(sql.column("SELECT status || version FROM need WHERE id = '%s'".formatted(need)).get(0)).isEqualTo(before);
        assertThat(market.withdraw(COMPANY_Y_USER, need, "plans-changed").status()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void lostDemandShowsFromThreeCompaniesAndTheWentAbroadShareFromThreeThatWentAbroad() {
        // so far Y (went abroad, plans changed) and Quokka (unknown): two companies
        Map<String, Object> withheld = zuidHolland();
        assertThat(withheld).containsEntry("withheld", true);
        assertThat(withheld.get("lostM2")).isNull();
        assertThat(withheld.get("abroadShare")).isNull();

        String found = market.post(wombat, 500, 0, ROTTERDAM_LAT, ROTTERDAM_LON);
        market.withdraw(wombat, found, "found-via-labspace");
        assertThat(zuidHolland()).as("space found through Labspace is not lost").containsEntry("withheld", true);

        String abroad = market.post(wombat, 150, 0, ROTTERDAM_LAT, ROTTERDAM_LON);
        market.withdraw(wombat, abroad, "went-abroad");

        Map<String, Object> twoAbroad = zuidHolland();
        assertThat(twoAbroad).as("lost demand of three companies shows").containsEntry("withheld", false)
                .containsEntry("lostM2", 120 + 350 + 80 + 150);
        assertThat(twoAbroad.get("abroadM2")).as("two companies went abroad: that cell is withheld on its own").isNull();
        assertThat(twoAbroad.get("abroadShare")).isNull();

        // a fourth company found space elsewhere: once three went abroad, the other reasons (Y's plans, Quokka's
        // unknown, Bilby's) are withheld among three companies, so the went-abroad cell needs no complement
        String elsewhere = market.post(bilby, 90, 10, ROTTERDAM_LAT, ROTTERDAM_LON);
        market.withdraw(bilby, elsewhere, "found-elsewhere-nl");
        String third = market.post(numbat, 200, 30, ROTTERDAM_LAT, ROTTERDAM_LON);
        market.withdraw(numbat, third, "went-abroad");

        Map<String, Object> shown = zuidHolland();
        long lost = 120 + 350 + 80 + 150 + 100 + 230;
        long wentAbroad = 120 + 150 + 230;
        assertThat(shown).containsEntry("withheld", false).containsEntry("needs", 6).containsEntry("lostM2", (int) lost)
                .containsEntry("lostLabM2", 100 + 300 + 80 + 150 + 90 + 200).containsEntry("abroadM2", (int) wentAbroad)
                .containsEntry("abroadShare", Math.round(1000.0 * wentAbroad / lost) / 1000.0);
        assertThat(shown.get("needs") + "|" + shown.get("lostM2") + "|" + shown.get("abroadM2")).isEqualTo(sql.column("""
                SELECT count(*) || '|' || sum(lab_m2 + office_m2) || '|'
                       || coalesce(sum(lab_m2 + office_m2) FILTER (WHERE withdraw_reason = 'went-abroad'), 0)
                FROM need WHERE status = 'withdrawn' AND home_province_code = 'PV28'
                  AND withdraw_reason <> 'found-via-labspace'
                  AND to_char(withdrawn_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') = '%s'""".formatted(thisMonth)).get(0));
        assertThat(lost(FUND_ZH, "?kind=province&from=" + thisMonth + "&to=" + thisMonth).body())
                .doesNotContain("Quokka").doesNotContain("Wombat").doesNotContain("Bilby").doesNotContain("Insight test need");
    }

    @Test
    @Order(4)
    void aFundManagerSeesOnlyTheRegionsFollowedAndOneCompanyStaysWithheld() {
        String elsewhere = market.post(numbat, 400, 100, UTRECHT_LAT, UTRECHT_LON);
        market.withdraw(numbat, elsewhere, "went-abroad");

        List<Map<String, Object>> fund = http.list(lost(FUND_ZH, "?kind=province"));
        assertThat(fund).extracting(r -> r.get("code")).containsOnly("PV28");
        List<Map<String, Object>> all = http.list(lost(ADMIN, "?kind=province"));
        Map<String, Object> utrecht = all.stream().filter(r -> "PV26".equals(r.get("code"))).findFirst().orElseThrow();
        assertThat(utrecht).containsEntry("withheld", true).containsEntry("month", thisMonth);
        assertThat(utrecht.get("lostM2")).isNull();
        List<Map<String, Object>> corop = http.list(lost(FUND_ZH, "?kind=corop"));
        assertThat(corop).isNotEmpty().allSatisfy(r -> assertThat(r.get("kind")).isEqualTo("corop"));
    }

    @Test
    @Order(5)
    void aPeriodWithoutWithdrawalsHasNoRows() {
        assertThat(http.list(lost(FUND_ZH, "?from=2020-01&to=2020-12"))).isEmpty();
    }

    @Test
    @Order(6)
    void badLevelsAndMonthsAreRefusedNamingTheField() {
        assertRefused("?kind=galaxy", "kind", "galaxy");
        assertRefused("?from=2026-13", "from", "2026-13");
        assertRefused("?to=last-month", "to", "last-month");
        assertRefused("?from=2026-06&to=2026-01", "from", "2026-06");
    }

    @Test
    @Order(7)
    void theCompanyConsoleAsksWhyInBothLanguages() {
        String need = market.post(COMPANY_Y_USER, 60, 0, ROTTERDAM_LAT, ROTTERDAM_LON);
        FormSession session = FormSession.signIn(http, COMPANY_Y_USER);
        String dutch = session.page("/console/company").body();
        assertThat(dutch).contains("<label for=\"reason-" + need + "\">Waarom? (niet verplicht)</label>")
                .contains("<option value=\"went-abroad\">Naar het buitenland gegaan</option>")
                .contains("<option value=\"\">Zeg ik liever niet</option>");
        String english = http.send(HttpRequest.GET("/console/company").cookie(Cookie.of("JWT",
                http.token(COMPANY_Y_USER))).header("Accept-Language", "en")).body();
        assertThat(english).contains("<option value=\"went-abroad\">Went abroad</option>").contains("Why? (optional)");

        Reply done = session.post("/console/company/needs/" + need + "/withdraw", "reason=found-elsewhere-nl");

        assertThat(done.status()).as(done.body()).isEqualTo(303);
        assertThat(sql.column("SELECT status || ' ' || withdraw_reason FROM need WHERE id = '%s'".formatted(need)))
                .containsExactly("withdrawn found-elsewhere-nl");
    }

    private void assertRefused(String query, String field, String value) {
        Reply reply = lost(FUND_ZH, query);
        assertThat(reply.status()).as(query + " " + reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).contains("\"name\":\"" + field + "\"").contains(value);
    }

    private Map<String, Object> zuidHolland() {
        List<Map<String, Object>> rows = http.list(lost(FUND_ZH, "?kind=province&from=" + thisMonth + "&to=" + thisMonth));
        assertThat(rows).extracting(r -> r.get("code")).containsExactly("PV28");
        assertThat(rows.get(0)).containsEntry("month", thisMonth).containsEntry("kind", "province");
        return rows.get(0);
    }

    private Reply lost(String who, String query) {
        return http.get("/api/insight/lost" + query, http.token(who));
    }
}
