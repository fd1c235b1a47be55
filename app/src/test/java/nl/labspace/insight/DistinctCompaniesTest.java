package nl.labspace.insight;

import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.insight.InsightMarket.ROTTERDAM_LAT;
import static nl.labspace.insight.InsightMarket.ROTTERDAM_LON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The disclosure rule counts companies, not needs: three needs of one company stay withheld, and demand shows once
 * three distinct companies make it, as a fund manager reads it through the API. Background demand elsewhere
 * (InsightMarket.background) gives the cells withheld for few companies their complements, so the region that
 * reaches three companies shows.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class DistinctCompaniesTest extends TestMarketTest {

    private String quokka;
    private String wombat;
    private InsightMarket market;

    @BeforeAll
    void companies() {
        quokka = InsightMarket.company(sql, accounts, "00000000-0000-0000-0000-00000000c0c3", "Quokka Biologics");
        wombat = InsightMarket.company(sql, accounts, "00000000-0000-0000-0000-00000000c0d4", "Wombat Labs");
        market = new InsightMarket(http);
        // background demand in Noord-Holland and in Zuid-Holland's other COROP regions, where the cells withheld for
        // Utrecht (Y alone) and for Leiden (X alone) find their complements, away from Rijnmond
        market.background(sql, accounts, InsightMarket.NOORD_HOLLAND);
        market.background(sql, accounts, InsightMarket.ZUID_HOLLAND_ELSEWHERE);
    }

    @Test
    void threeNeedsOfOneCompanyAreWithheldThreeCompaniesAreShown() {
        String first = market.post(COMPANY_Y_USER, 100, 20, ROTTERDAM_LAT, ROTTERDAM_LON);
        market.post(COMPANY_Y_USER, 200, 30, "51.93", "4.47");
        market.post(COMPANY_Y_USER, 300, 40, "51.91", "4.49");
        String corop = sql.column("SELECT home_corop_code FROM need WHERE id = '%s'".formatted(first)).get(0);
        assertThat(sql.count("need WHERE status = 'open' AND home_corop_code = '%s'".formatted(corop))).isEqualTo(3);

        assertWithheld(region(corop));
        assertWithheld(inList("corop", corop));

        market.post(quokka, 50, 10, ROTTERDAM_LAT, ROTTERDAM_LON);
        assertWithheld(region(corop));

        market.post(wombat, 70, 0, ROTTERDAM_LAT, ROTTERDAM_LON);
        Map<String, Object> shown = region(corop);
        assertThat(shown).containsEntry("demandWithheld", false).containsEntry("openNeeds", 5)
                .containsEntry("neededLabM2", 100 + 200 + 300 + 50 + 70).containsEntry("neededOfficeM2", 20 + 30 + 40 + 10);
        assertShownAsSqlCounts(shown, "home_corop_code = '%s'".formatted(corop));
        assertThat(inList("corop", corop)).isEqualTo(shown);
        assertShownAsSqlCounts(region("PV28"), "home_province_code = 'PV28'");
    }

    private void assertShownAsSqlCounts(Map<String, Object> region, String where) {
        List<String> expected = sql.column("""
                SELECT count(*) || '|' || sum(lab_m2) || '|' || sum(office_m2) || '|' || count(DISTINCT company_id)
                FROM need WHERE status = 'open' AND %s""".formatted(where));
        String[] parts = expected.get(0).split("\\|");
        assertThat(Integer.parseInt(parts[3])).as("distinct companies").isGreaterThanOrEqualTo(3);
        assertThat(region).containsEntry("demandWithheld", false).containsEntry("openNeeds", Integer.parseInt(parts[0]))
                .containsEntry("neededLabM2", Integer.parseInt(parts[1])).containsEntry("neededOfficeM2", Integer.parseInt(parts[2]));
    }

    private Map<String, Object> region(String code) {
        Reply reply = http.get("/api/insight/regions/" + code, http.token(FUND_ZH));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return http.object(reply);
    }

    private Map<String, Object> inList(String kind, String code) {
        Reply reply = http.get("/api/insight/regions?kind=" + kind, http.token(FUND_ZH));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return http.list(reply).stream().filter(r -> code.equals(r.get("code"))).findFirst().orElseThrow();
    }

    private static void assertWithheld(Map<String, Object> region) {
        assertThat(region).containsEntry("demandWithheld", true);
        assertThat(region.get("openNeeds")).isNull();
        assertThat(region.get("neededLabM2")).isNull();
        assertThat(region.get("neededOfficeM2")).isNull();
    }
}
