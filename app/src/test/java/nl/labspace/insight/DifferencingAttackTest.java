package nl.labspace.insight;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.FUND_ZH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import nl.labspace.insight.Differencing.Recovered;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 point 7, as an attacker would try it: on a market built through the API (FigureMarket, and a company
 * with several needs, a confidential need, Groningen with three companies, Utrecht with one, withdrawals with reasons),
 * read every insight endpoint as anyone, as a fund manager and as an admin, then subtract along every relation the
 * published geography, breakdowns and calendar give (province minus its COROP regions and unplaced part, ROM area
 * minus its provinces, the country minus the others, a quarter minus its months, a figure minus its breakdown, demand
 * m² minus lab or office m², or minus matched, unmet and awaiting-run m², a run's national figure minus its
 * provinces), across endpoints, with everything learnt used again. Nothing withheld
 * may come out as its true value (known here from SQL), no endpoint may show what another withholds, and no need is
 * listed one by one.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class DifferencingAttackTest extends TestMarketTest {

    private static final String GRONINGEN_LAT = "53.22";
    private static final String GRONINGEN_LON = "6.57";
    private static final String DEN_HAAG_LAT = "52.07";
    private static final String DEN_HAAG_LON = "4.30";
    private static final String[] KINDS = {"province", "corop", "rom"};

    private final Differencing attacker = new Differencing();
    private final Map<String, Long> truth = new HashMap<>();
    private final List<String> bodies = new ArrayList<>();
    private final List<String> needTitles = new ArrayList<>();
    private final Set<String> fewCompanies = new TreeSet<>();
    private String month;

    @BeforeAll
    void attack() throws InterruptedException {
        FigureMarket market = new FigureMarket(http, sql, accounts);
        crafted(market);
        market.build();
        month = sql.column("SELECT to_char(now() AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM')").get(0);
        truth.putAll(Truth.of(sql));
        for (String who : new String[] {null, FUND_ZH, ADMIN}) {
            readFigures(who);
            if (who != null) {
                readRegions(who);
                readLost(who);
            }
        }
        readNational();
        readRunFigures();
        Relations.add(attacker, sql);
        Relations.acrossFigures(attacker, month);
        needTitles.addAll(sql.column("SELECT title FROM need"));
    }

    @Test
    void subtractingAlongEveryRelationRecoversNoWithheldCell() {
        Map<String, Recovered> recovered = attacker.subtractAll();

        List<String> leaks = recovered.values().stream().filter(r -> isSecret(r.cell()))
                .filter(r -> !truth.containsKey(r.cell()) || truth.get(r.cell()) == r.value())
                .map(r -> "%s = %d recovered as %s".formatted(r.cell(), r.value(), r.how())).toList();
        assertThat(leaks).isEmpty();
        assertThat(attacker.withheld).as("the market has withheld cells to attack").hasSizeGreaterThan(20);
    }

    /**
     * Every relation at once (LinearAttack): no cell withheld for its few companies comes out, unless it is 0 (a 0
     * hides nothing, see Suppression). A complementary cell may: it comes from three companies or more.
     */
    @Test
    void noCombinationOfAllTheRelationsDeterminesACellOfFewCompanies() {
        Set<String> unknown = new TreeSet<>(attacker.withheld);
        unknown.removeAll(attacker.shown.keySet());

        Set<String> determined = LinearAttack.determined(attacker.relations, unknown);

        assertThat(fewCompanies).as("the market has cells of few companies to attack").hasSizeGreaterThan(10);
        assertThat(determined.stream().filter(fewCompanies::contains).filter(c -> truth.getOrDefault(c, 0L) != 0).toList())
                .isEmpty();
    }

    @Test
    void aDifferenceThatLeavesSeveralCellsUnknownNeverEqualsOneOfThem() {
        List<String> leaks = attacker.partialDifferences().stream().filter(r -> isSecret(r.cell()))
                .filter(r -> truth.containsKey(r.cell()) && truth.get(r.cell()) == r.value() && r.value() != 0)
                .map(r -> "%s = %d as %s".formatted(r.cell(), r.value(), r.how())).toList();
        assertThat(leaks).isEmpty();
    }

    @Test
    void noEndpointShowsWhatAnotherWithholdsNorContradictsIt() {
        Set<String> both = new TreeSet<>(attacker.withheld);
        both.retainAll(attacker.shown.keySet());
        assertThat(both).isEmpty();
        assertThat(attacker.contradictions).isEmpty();
    }

    @Test
    void noEndpointListsANeedOrACompanyOneByOne() {
        List<String> secrets = new ArrayList<>(needTitles);
        secrets.addAll(sql.column("SELECT id::text FROM need"));
        secrets.addAll(sql.column("SELECT name FROM company"));
        secrets.addAll(sql.column("SELECT id::text FROM company"));
        assertThat(secrets).contains("Stealth line", "Secret relocation lab");
        assertThat(bodies).isNotEmpty().allSatisfy(body -> assertThat(secrets).noneMatch(body::contains));
    }

    /**
     * Cells the attacker was never shown but saw withheld: what it must not learn. A recovered cell without a true
     * value here (awaiting-run m², a run's served m²) counts as recovered.
     */
    private boolean isSecret(String cell) {
        return attacker.withheld.contains(cell) && !attacker.shown.containsKey(cell);
    }

    private void crafted(FigureMarket market) {
        need(market.quokka, "Quokka The Hague", 140, 20, DEN_HAAG_LAT, DEN_HAAG_LON, false);
        need(market.quokka, "Quokka Delft", 260, 40, "52.01", "4.36", false);
        need(market.numbat, "Stealth line", 180, 20, FigureMarket.ROTTERDAM_LAT, FigureMarket.ROTTERDAM_LON, true);
        need(market.dingo, "Groningen bench", 90, 10, GRONINGEN_LAT, GRONINGEN_LON, false);
        need(market.bilby, "Groningen pilot", 210, 30, GRONINGEN_LAT, GRONINGEN_LON, false);
        need(market.wombat, "Groningen annex", 160, 20, GRONINGEN_LAT, GRONINGEN_LON, false);
        String gone = need(market.numbat, "Groningen gone", 120, 0, GRONINGEN_LAT, GRONINGEN_LON, false);
        assertThat(new InsightMarket(http).withdraw(market.numbat, gone, "found-elsewhere-nl").status()).isEqualTo(200);
        String abroad = need(market.quokka, "The Hague gone", 330, 30, DEN_HAAG_LAT, DEN_HAAG_LON, false);
        assertThat(new InsightMarket(http).withdraw(market.quokka, abroad, "went-abroad").status()).isEqualTo(200);
    }

    private String need(String founder, String title, int lab, int office, String lat, String lon, boolean confidential) {
        Reply created = http.send(HttpRequest.POST("/api/needs", """
                {"title":"%s","labM2":%d,"officeM2":%d,"containment":"ML-I","moveInEarliest":"2027-03",
                 "moveInLatest":"2027-09","termMonths":24,"near":{"lat":%s,"lon":%s,"maxKm":10},"sector":"vaccines",
                 "confidential":%s}""".formatted(title, lab, office, lat, lon, confidential))
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(http.token(founder)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) http.object(created).get("id");
    }

    private Reply read(String who, String path) {
        Reply reply = who == null ? http.send(HttpRequest.GET(path)) : http.get(path, http.token(who));
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(200);
        bodies.add(reply.body());
        return reply;
    }

    private void readFigures(String who) {
        for (Map<String, Object> row : http.list(read(who, "/api/insight/figures"))) {
            String cell = row.get("figure") + "|" + row.get("region") + "|" + row.get("period") + "|" + row.get("facet");
            attacker.read(cell, number(row.get("value")), "figures as " + who);
            if ("few-companies".equals(row.get("withheld"))) {
                fewCompanies.add(cell);
            }
        }
        read(who, "/api/insight/figures.csv");
    }

    private void readNational() {
        for (Map<String, Object> region : http.list(read(null, "/api/insight/national"))) {
            balance(region, "national");
        }
    }

    private void readRegions(String who) {
        for (String kind : KINDS) {
            for (Map<String, Object> region : http.list(read(who, "/api/insight/regions?kind=" + kind))) {
                balance(region, "regions as " + who);
                balance(http.object(read(who, "/api/insight/regions/" + region.get("code"))), "region as " + who);
            }
        }
    }

    private void balance(Map<String, Object> region, String where) {
        String at = "|" + region.get("code") + "|" + month + "|all";
        attacker.read("demand-needs" + at, number(region.get("openNeeds")), where);
        attacker.read("demand-lab-m2" + at, number(region.get("neededLabM2")), where);
        attacker.read("demand-office-m2" + at, number(region.get("neededOfficeM2")), where);
    }

    /** Lost demand rows; a region the viewer reads at that level without a row lost nothing that month. */
    private void readLost(String who) {
        for (String kind : KINDS) {
            Set<String> listed = new TreeSet<>();
            String query = "?kind=" + kind + "&from=" + month + "&to=" + month;
            for (Map<String, Object> row : http.list(read(who, "/api/insight/lost" + query))) {
                String at = "|" + row.get("code") + "|" + row.get("month");
                listed.add((String) row.get("code"));
                attacker.read("lost-needs" + at + "|all", number(row.get("needs")), "lost as " + who);
                attacker.read("lost-m2" + at + "|all", number(row.get("lostM2")), "lost as " + who);
                attacker.read("lost-lab-m2" + at + "|all", number(row.get("lostLabM2")), "lost as " + who);
                attacker.read("lost-m2" + at + "|reason:went-abroad", number(row.get("abroadM2")), "lost as " + who);
            }
            for (Map<String, Object> region : http.list(read(who, "/api/insight/regions?kind=" + kind))) {
                if (!listed.contains((String) region.get("code"))) {
                    attacker.read("lost-m2|" + region.get("code") + "|" + month + "|all", 0L, "lost (absent) as " + who);
                }
            }
        }
    }

    /** A run's published figures: the country, each province, and the needs without one. */
    private void readRunFigures() {
        for (String run : sql.column("SELECT id::text FROM matching_run WHERE status = 'finished'")) {
            Map<String, Object> figures = http.object(read(null, "/api/matching/runs/" + run + "/figures"));
            Map<String, Long> national = new LinkedHashMap<>();
            List<String> parts = new ArrayList<>();
            for (String measure : new String[] {"needs", "matchedNeeds", "askedM2", "servedM2"}) {
                attacker.read("run-" + measure + "|" + run + "|NL", number(figures.get(measure)), "run figures");
                national.put(measure, number(figures.get(measure)));
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> provinces = (List<Map<String, Object>>) figures.get("provinces");
            @SuppressWarnings("unchecked")
            Map<String, Object> without = (Map<String, Object>) figures.get("withoutProvince");
            for (String measure : national.keySet()) {
                parts.clear();
                for (Map<String, Object> p : provinces) {
                    String cell = "run-" + measure + "|" + run + "|" + p.get("province");
                    attacker.read(cell, number(p.get(measure)), "run figures");
                    parts.add(cell);
                }
                String none = "run-" + measure + "|" + run + "|none";
                attacker.read(none, without == null ? Long.valueOf(0) : number(without.get(measure)), "run figures");
                parts.add(none);
                attacker.relate("run-" + measure + "|" + run + "|NL", parts);
            }
            truth.putAll(Truth.ofRun(sql, run));
        }
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
