package nl.labspace.insight;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_B;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_B;
import static nl.labspace.TestMarket.NEED_Y;
import static nl.labspace.insight.InsightMarket.ROTTERDAM_LAT;
import static nl.labspace.insight.InsightMarket.ROTTERDAM_LON;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import nl.labspace.db.insight.SnapshotKind;
import nl.labspace.db.insight.SnapshotStore;
import nl.labspace.matching.RunDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Trends: the insight cube is kept after every run and once a month, and a series of one cell grows run after run,
 * each value withheld or shown as suppression judged it in its own snapshot. Companies homed in Rotterdam need an
 * autoclave, which only benches published on campus B in Utrecht have: one company before the first run, three
 * before the second.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrendsTest extends TestMarketTest {

    private static final String PROPOSED_FROM_ZUID_HOLLAND = "?figure=flow-m2&region=PV28&facet=stage:proposed";

    @Inject
    TrendRecorder recorder;

    @Inject
    SnapshotStore snapshots;

    @Inject
    TransactionOperations<Connection> tx;

    private RunDriver driver;
    private String wombat;
    private String numbat;
    private String firstRun;
    private String thisMonth;

    @BeforeAll
    void market() {
        driver = new RunDriver(http);
        String quokka = InsightMarket.company(sql, accounts, "00000000-0000-0000-0000-00000000e0c3", "Quokka Biologics");
        wombat = InsightMarket.company(sql, accounts, "00000000-0000-0000-0000-00000000e0d4", "Wombat Labs");
        numbat = InsightMarket.company(sql, accounts, "00000000-0000-0000-0000-00000000e0e5", "Numbat Cells");
        new InsightMarket(http).withdraw(COMPANY_Y_USER, NEED_Y.toString(), "plans-changed");
        for (int i = 1; i <= 4; i++) {
            driver.publishUnit(http.token(MANAGER_B), CAMPUS_B, "Autoclave bench " + i, 100, "2027-01");
        }
        need(quokka);
        thisMonth = sql.column("SELECT to_char(now() AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM')").get(0);
    }

    @Test
    @Order(1)
    void aRunIsKeptAndItsOneCompanyIsWithheldInTheSeries() throws Exception {
        firstRun = driver.run("{\"budgetSeconds\":10,\"seed\":1}", http.token(ADMIN));

        List<Map<String, Object>> points = awaitPoints(ADMIN, PROPOSED_FROM_ZUID_HOLLAND, 1);

        assertThat(points.get(0)).containsEntry("runId", firstRun).containsEntry("month", thisMonth)
                .containsEntry("period", thisMonth).containsEntry("withheld", "few-companies").doesNotContainKey("value");
    }

    @Test
    @Order(2)
    void theSeriesGrowsWithTheNextRunAndShowsWhatThreeCompaniesMake() throws Exception {
        need(wombat);
        need(numbat);
        String secondRun = driver.run("{\"budgetSeconds\":10,\"seed\":2}", http.token(ADMIN));

        List<Map<String, Object>> points = awaitPoints(FUND_ZH, PROPOSED_FROM_ZUID_HOLLAND, 2);

        assertThat(points).extracting(p -> p.get("runId")).containsExactly(firstRun, secondRun);
        assertThat(points.get(0)).containsEntry("withheld", "few-companies");
        assertThat(points.get(1)).doesNotContainKey("withheld").containsEntry("value", Integer.valueOf(sql.column("""
                SELECT sum(n.lab_m2 + n.office_m2) FROM proposal p JOIN need n ON n.id = p.need_id
                 WHERE p.status = 'open' AND n.home_province_code = 'PV28'""").get(0)));
        assertThat(points.get(1).get("value")).isEqualTo(300);
        Map<String, Object> country = trend(ADMIN, "?figure=flow-m2&facet=stage:proposed");
        assertThat(country).containsEntry("region", "NL").containsEntry("measure", "m2").containsEntry("by", "run");
        assertThat(sql.column("SELECT count(*) FROM insight_snapshot WHERE kind = 'run'")).containsExactly("2");
    }

    @Test
    @Order(3)
    void theMonthIsKeptOnceAndReadByMonth() {
        assertThat(points(ADMIN, PROPOSED_FROM_ZUID_HOLLAND + "&by=month")).isEmpty();

        assertThat(recorder.keepMonth()).isTrue();
        assertThat(recorder.keepMonth()).as("a month has one snapshot").isFalse();

        List<Map<String, Object>> months = points(ADMIN, PROPOSED_FROM_ZUID_HOLLAND + "&by=month");
        assertThat(months).singleElement().satisfies(p -> assertThat(p).containsEntry("month", thisMonth)
                .containsEntry("value", 300).doesNotContainKey("runId"));
        assertThat(points(ADMIN, "?figure=flow-m2&region=PV26&facet=stage:proposed&by=month"))
                .singleElement().satisfies(p -> assertThat(p).containsEntry("value", 0));
    }

    @Test
    @Order(4)
    void aFundManagerReadsOnlyTheRegionsFollowed() {
        assertThat(trend(FUND_ZH, "?figure=flow-m2&region=CR29&facet=stage:proposed")).containsEntry("region", "CR29");
        assertThat(trend(FUND_ZH, "?figure=flow-m2&region=PV28:unplaced&facet=stage:proposed")).containsKey("points");
        assertThat(send(FUND_ZH, "?figure=flow-m2&region=PV26").status()).isEqualTo(404);
        assertThat(send(FUND_ZH, "?figure=flow-m2").status()).as("the country").isEqualTo(404);
        assertThat(send(ADMIN, "?figure=flow-m2&region=PV26").status()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void badInputIsRefusedNamingTheField() {
        assertRefused("", "figure", "figure");
        assertRefused("?figure=sunshine", "figure", "sunshine");
        assertRefused("?figure=flow-m2&by=week", "by", "week");
        assertRefused("?figure=flow-m2&period=2026-13", "period", "2026-13");
        assertRefused("?figure=flow-m2&region=CR99", "region", "CR99");
        assertRefused("?figure=flow-m2&facet=stage%3A%20proposed", "facet", "stage: proposed");
        assertRefused("?figure=flow-m2&facet=" + "x".repeat(201), "facet", "xxxx");
    }

    @Test
    @Order(6)
    void onlyTheNewestSnapshotsAreKept() {
        int pruned = tx.executeWrite(status -> snapshots.prune(SnapshotKind.RUN, 1));
        assertThat(pruned).isEqualTo(1);

        assertThat(points(ADMIN, PROPOSED_FROM_ZUID_HOLLAND)).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("value", 300));
        assertThat(sql.column("SELECT count(*) FROM insight_snapshot_cell c LEFT JOIN insight_snapshot s ON s.id = c.snapshot_id "
                + "WHERE s.id IS NULL")).as("cells of a pruned snapshot").containsExactly("0");
    }

    private void need(String founder) {
        driver.postNeed(http.token(founder), "Autoclave lab", 100, "2027-03", 12, Double.parseDouble(ROTTERDAM_LAT),
                Double.parseDouble(ROTTERDAM_LON), 60);
    }

    /** Snapshots after a run are kept on a thread of their own: wait for the series to reach its length. */
    private List<Map<String, Object>> awaitPoints(String who, String query, int size) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            List<Map<String, Object>> points = points(who, query);
            if (points.size() >= size) {
                assertThat(points).hasSize(size);
                return points;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the series " + query + " did not reach " + size + " points");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> points(String who, String query) {
        return (List<Map<String, Object>>) trend(who, query).getOrDefault("points", List.of());
    }

    private Map<String, Object> trend(String who, String query) {
        Reply reply = send(who, query);
        assertThat(reply.status()).as(query + " " + reply.body()).isEqualTo(200);
        return http.object(reply);
    }

    private Reply send(String who, String query) {
        return http.get("/api/insight/trends" + query, http.token(who));
    }

    private void assertRefused(String query, String field, String value) {
        Reply reply = send(FUND_ZH, query);
        assertThat(reply.status()).as(query + " " + reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).contains("\"name\":\"" + field + "\"").contains(value);
    }
}
