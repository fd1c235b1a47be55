package nl.labspace.insight;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.CAMPUS_B;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.MANAGER_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import nl.labspace.account.AccountService;
import nl.labspace.account.TestHttp;
import nl.labspace.account.TestHttp.Reply;
import nl.labspace.account.TestSql;

/**
 * A small market with known figures, built as its users build it, over TestMarket's two campuses, units and needs:
 * campus managers publish three units and two planned ones, five more companies post needs near Leiden and Rotterdam,
 * four withdraw one with a reason, three background companies post five small needs (ML-I in Noord-Holland, ML-III
 * in Zuid-Holland: InsightMarket.background, where withheld cells find their complements), an admin runs matching, and then one company accepts its proposal and the campus
 * confirms it (a lease), another only accepts (pre-let pipeline), and TestMarket's company Y leaves its proposal open.
 * The run leaves company X (too large for A1, too small a maximum for P1), the three Rotterdam needs (no campus
 * within 10 km) and the background needs (in Noord-Holland no campus in reach; nowhere ML-III) unmatched.
 */
final class FigureMarket {

    static final String LEIDEN_LAT = "52.16";
    static final String LEIDEN_LON = "4.49";
    static final String ROTTERDAM_LAT = InsightMarket.ROTTERDAM_LAT;
    static final String ROTTERDAM_LON = InsightMarket.ROTTERDAM_LON;

    private final TestHttp http;
    private final TestSql sql;
    private final AccountService accounts;
    private final InsightMarket market;
    final String quokka;
    final String wombat;
    final String numbat;
    final String bilby;
    final String dingo;
    String wombatNeed;
    String numbatNeed;

    FigureMarket(TestHttp http, TestSql sql, AccountService accounts) {
        this.http = http;
        this.sql = sql;
        this.accounts = accounts;
        this.market = new InsightMarket(http);
        quokka = InsightMarket.company(sql, accounts, "00000000-0000-0000-0000-00000000c0c3", "Quokka Biologics");
        wombat = InsightMarket.company(sql, accounts, "00000000-0000-0000-0000-00000000c0d4", "Wombat Labs");
        numbat = InsightMarket.company(sql, accounts, "00000000-0000-0000-0000-00000000c0e5", "Numbat Cells");
        bilby = InsightMarket.company(sql, accounts, "00000000-0000-0000-0000-00000000c0f6", "Bilby Bio");
        dingo = InsightMarket.company(sql, accounts, "00000000-0000-0000-0000-00000000c0a7", "Dingo Devices");
    }

    void build() throws InterruptedException {
        unit(MANAGER_A, CAMPUS_A, "A2", 200, 50, "none", "none", "2027-01", null);
        unit(MANAGER_A, CAMPUS_A, "A3", 150, 0, "ML-I", "C", "2027-01", null);
        unit(MANAGER_A, CAMPUS_A, "P1", 700, 200, "ML-II", "none", "2027-06", "2027-06");
        unit(MANAGER_B, CAMPUS_B, "P2", 400, 100, "ML-I", "none", "2029-01", "2029-01");

        wombatNeed = need(wombat, "Leiden lab", 250, 50, "ML-I", "2027-01", "2027-06", LEIDEN_LAT, LEIDEN_LON, 25, null);
        numbatNeed = need(numbat, "Pipeline lab", 600, 100, "ML-II", "2027-06", "2027-09", LEIDEN_LAT, LEIDEN_LON, 25, 1000);
        need(quokka, "Rotterdam lab", 100, 20, "ML-I", "2027-03", "2027-09", ROTTERDAM_LAT, ROTTERDAM_LON, 10, null);
        need(dingo, "Rotterdam small", 80, 10, "ML-I", "2027-03", "2027-09", ROTTERDAM_LAT, ROTTERDAM_LON, 10, null);
        need(bilby, "Rotterdam bench", 120, 30, "ML-I", "2028-01", "2028-03", ROTTERDAM_LAT, ROTTERDAM_LON, 10, null);

        withdraw(bilby, need(bilby, "Gone", 300, 0, "ML-I", "2027-03", "2027-09", ROTTERDAM_LAT, ROTTERDAM_LON, 10, null), "went-abroad");
        withdraw(quokka, need(quokka, "Abandoned", 200, 50, "none", "2027-03", "2027-09", ROTTERDAM_LAT, ROTTERDAM_LON, 10, null), "plans-changed");
        withdraw(dingo, need(dingo, "Elsewhere", 150, 0, "ML-I", "2027-03", "2027-09", LEIDEN_LAT, LEIDEN_LON, 10, null), "went-abroad");
        withdraw(wombat, need(wombat, "Found", 90, 0, "ML-I", "2027-03", "2027-09", LEIDEN_LAT, LEIDEN_LON, 10, null), "found-via-labspace");
        market.background(sql, accounts, InsightMarket.NOORD_HOLLAND);
        // two in Zuid-Holland, ML-III, which no campus offers (campus A within 30 km): withheld for few companies, they
        // keep X's and Numbat's ML-II and X's unmet reason company (no complement taken from the Rotterdam needs)
        market.background(sql, accounts, "ML-III", 30, InsightMarket.ZUID_HOLLAND_ELSEWHERE.subList(0, 2));

        run();
        String leased = proposalOf(wombatNeed, wombat);
        ok(post("/api/proposals/" + leased + "/accept", wombat));
        ok(post("/api/proposals/" + leased + "/confirm", MANAGER_A));
        ok(post("/api/proposals/" + proposalOf(numbatNeed, numbat) + "/accept", numbat));
    }

    private void unit(String manager, String campus, String name, int lab, int office, String containment, String gmp,
                      String from, String delivery) {
        String planned = delivery == null ? "" : ",\"status\":\"planned\",\"deliveryMonth\":\"%s\"".formatted(delivery);
        ok(send(HttpRequest.POST("/api/campuses/" + campus + "/units", """
                {"name":"%s","labM2":%d,"officeM2":%d,"containment":"%s","gmp":"%s","availableFrom":"%s",
                 "rentPerM2Year":300,"minTermMonths":6%s}""".formatted(name, lab, office, containment, gmp, from, planned)), manager));
    }

    private String need(String founder, String title, int lab, int office, String containment, String earliest,
                        String latest, String lat, String lon, int maxKm, Integer maxM2) {
        String max = maxM2 == null ? "" : ",\"maxM2\":" + maxM2;
        Reply created = ok(send(HttpRequest.POST("/api/needs", """
                {"title":"%s","labM2":%d,"officeM2":%d,"containment":"%s","moveInEarliest":"%s","moveInLatest":"%s",
                 "termMonths":24,"near":{"lat":%s,"lon":%s,"maxKm":%d},"sector":"vaccines"%s}"""
                .formatted(title, lab, office, containment, earliest, latest, lat, lon, maxKm, max)), founder));
        return (String) http.object(created).get("id");
    }

    private void withdraw(String founder, String need, String reason) {
        ok(market.withdraw(founder, need, reason));
    }

    private void run() throws InterruptedException {
        Reply started = ok(send(HttpRequest.POST("/api/admin/matching/runs", "{\"budgetSeconds\":5,\"seed\":7}"), ADMIN));
        String run = (String) http.object(started).get("id");
        for (int i = 0; i < 1200; i++) {
            Map<String, Object> status = http.object(http.get("/api/admin/matching/runs/" + run + "/status", http.token(ADMIN)));
            if (!"solving".equals(status.get("status"))) {
                assertThat(status).containsEntry("status", "finished");
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("run " + run + " did not end within 60 s");
    }

    private String proposalOf(String need, String founder) {
        return http.list(http.get("/api/proposals", http.token(founder))).stream()
                .filter(p -> need.equals(p.get("needId")) && "open".equals(p.get("status"))).map(p -> (String) p.get("id"))
                .findFirst().orElseThrow(() -> new AssertionError("no open proposal for need " + need));
    }

    private Reply post(String path, String who) {
        return http.send(HttpRequest.POST(path, "").bearerAuth(http.token(who)));
    }

    private Reply send(io.micronaut.http.MutableHttpRequest<String> request, String who) {
        return http.send(request.contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(http.token(who)));
    }

    private static Reply ok(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
        return reply;
    }
}
