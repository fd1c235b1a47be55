package nl.labspace.insight;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.FUND_ZH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The choropleth export and the public market figures over HTTP, on the test market plus three companies that post
 * needs near Rotterdam through the API: Zuid-Holland's demand then comes from four companies and shows, Utrecht's
 * from one and is withheld (null with its reason), supply is public everywhere.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class FigureMapTest extends TestMarketTest {

    private static final String MONTH = YearMonth.now(ZoneId.of("Europe/Amsterdam")).toString();
    /** The test market's confidential need near Leiden (400 m² lab) and the three needs posted here, all homed in PV28. */
    private static final long ZUID_HOLLAND_LAB = 400 + 120 + 250 + 600;

    @BeforeAll
    void threeMoreCompaniesNearRotterdam() {
        InsightMarket market = new InsightMarket(http);
        int[] labs = {120, 250, 600};
        for (int i = 0; i < labs.length; i++) {
            String founder = InsightMarket.company(sql, accounts, "00000000-0000-0000-0000-0000000e0a0" + i, "Map Co " + i);
            market.post(founder, labs[i], 50, InsightMarket.ROTTERDAM_LAT, InsightMarket.ROTTERDAM_LON);
        }
    }

    @Test
    void aFundManagerGetsThePolygonsOfItsProvinceWithItsFigure() {
        Reply reply = http.get("/api/insight/figures.geojson?level=province&figure=demand-lab-m2", http.token(FUND_ZH));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/geo+json");
        assertThat(reply.headers().get("Content-Disposition")).contains("labspace-figures-province-demand-lab-m2-all-" + MONTH + ".geojson");
        Map<String, Object> collection = http.object(reply);
        assertThat(collection.get("type")).isEqualTo("FeatureCollection");
        assertThat(collection.get("period")).isEqualTo(MONTH);
        List<Map<String, Object>> features = features(collection);
        assertThat(features).as("the public provinces").hasSize(12);
        Map<String, Object> properties = properties(features.stream().filter(f -> "PV28".equals(f.get("id"))).findFirst().orElseThrow());
        assertThat(properties).containsEntry("code", "PV28").containsEntry("name", "Zuid-Holland").containsEntry("level", "province")
                .containsEntry("facet", "all").containsEntry("period", MONTH);
        if (properties.get("demand-lab-m2:withheld") == null) {
            assertThat(((Number) properties.get("demand-lab-m2")).longValue()).isEqualTo(ZUID_HOLLAND_LAB);
        } else {
            assertThat(properties).as("four companies: withheld only to protect another cell")
                    .containsEntry("demand-lab-m2:withheld", "complementary").containsEntry("demand-lab-m2", null);
        }
        assertSameAsTheFigures(features, "demand-lab-m2", FUND_ZH, "province");
        assertWgs84Polygons(features);
    }

    @Test
    void aFundManagerSeesTheCoropRegionsInsideItsProvinceOnly() {
        List<String> inside = sql.column("SELECT code FROM region WHERE kind = 'corop' AND province_code = 'PV28' ORDER BY code");

        Reply reply = http.get("/api/insight/figures.geojson?level=corop&figure=supply-lab-m2", http.token(FUND_ZH));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<Map<String, Object>> features = features(http.object(reply));
        assertThat(features).extracting(f -> (String) f.get("id")).containsExactlyInAnyOrderElementsOf(inside);
        assertWgs84Polygons(features);
        assertSameAsTheFigures(features, "supply-lab-m2", FUND_ZH, "corop");
    }

    @Test
    void withheldFiguresAreNullWithTheirReasonAndPublicOnesShowEverywhere() {
        Reply reply = http.get("/api/insight/figures.geojson", http.token(ADMIN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<Map<String, Object>> features = features(http.object(reply));
        assertThat(features).hasSize(12);
        Map<String, Object> utrecht = properties(features.stream().filter(f -> "PV26".equals(f.get("id"))).findFirst().orElseThrow());
        assertThat(utrecht).containsEntry("demand-lab-m2", null).containsEntry("demand-lab-m2:withheld", "few-companies");
        assertThat(((Number) utrecht.get("supply-lab-m2")).longValue()).as("unit B's lab").isEqualTo(500);
        assertThat(utrecht).containsEntry("supply-lab-m2:withheld", null).doesNotContainKey("flow-m2");
    }

    /** Without script the dashboard is its table: every region of the level the reader reads, with the export's figure. */
    @Test
    void theDashboardsTableHoldsTheMapsFiguresAsHtml() {
        String token = http.token(FUND_ZH);
        List<Map<String, Object>> features = features(http.object(
                http.get("/api/insight/figures.geojson?level=corop&figure=supply-lab-m2", token)));

        Reply page = http.send(HttpRequest.GET("/console/fund?level=corop&figure=supply-lab-m2").bearerAuth(token)
                .header("Accept", "text/html").header("Accept-Language", "en"));

        assertThat(page.status()).isEqualTo(200);
        for (Map<String, Object> feature : features) {
            Map<String, Object> p = properties(feature);
            String row = page.body().substring(page.body().indexOf("data-code=\"" + feature.get("id") + "\""));
            row = row.substring(0, row.indexOf("</tr>"));
            assertThat(row).contains(((String) p.get("name")).replace("&", "&amp;").replace("'", "&#39;"));
            if (p.get("supply-lab-m2") != null) {
                assertThat(row).contains(String.format(java.util.Locale.ENGLISH, "%,d\u00a0m²", ((Number) p.get("supply-lab-m2")).longValue()));
            }
        }
    }

    @Test
    void badQueryWordsAreRefusedByName() {
        String token = http.token(FUND_ZH);
        for (String[] bad : new String[][] {{"level", "county"}, {"figure", "happiness"}, {"facet", "containment"},
                {"period", "2026-13"}}) {
            Reply reply = http.get("/api/insight/figures.geojson?" + bad[0] + "=" + bad[1], token);
            assertThat(reply.status()).as(reply.body()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.body()).contains("\"name\":\"" + bad[0] + "\"").contains("\"value\":\"" + bad[1] + "\"");
        }
    }

    @Test
    void theMarketPageShowsTheProvincesToAnyoneWithALinkToTheirCsv() {
        Reply page = http.send(HttpRequest.GET("/market").header("Accept-Language", "en"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Zuid-Holland").contains("Utrecht").contains("fewer than 3 companies")
                .doesNotContain("Map Co").doesNotContain("Xylo");

        assertThat(page.body()).contains("href=\"/api/insight/figures.csv\"");
    }

    /** Each region's value and reason are those GET /api/insight/figures gives the same reader (one door, one cube). */
    private void assertSameAsTheFigures(List<Map<String, Object>> features, String figure, String reader, String level) {
        Map<String, Map<String, Object>> rows = new java.util.HashMap<>();
        http.list(http.get("/api/insight/figures?level=" + level + "&figure=" + figure + "&period=" + MONTH, http.token(reader)))
                .stream().filter(r -> "all".equals(r.get("facet"))).forEach(r -> rows.put((String) r.get("region"), r));
        for (Map<String, Object> feature : features) {
            Map<String, Object> p = properties(feature);
            Map<String, Object> row = rows.getOrDefault((String) feature.get("id"), Map.of());
            assertThat(p.get(figure)).as("%s of %s", figure, feature.get("id")).isEqualTo(row.get("value"));
            assertThat(p.get(figure + ":withheld")).as("why %s of %s is withheld", figure, feature.get("id")).isEqualTo(row.get("withheld"));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> features(Map<String, Object> collection) {
        return (List<Map<String, Object>>) collection.get("features");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> feature) {
        return (Map<String, Object>) feature.get("properties");
    }

    /** RFC 7946: Polygon or MultiPolygon, positions [lon, lat] in WGS84 (the Netherlands: lon 3-8, lat 50-54), rings closed. */
    @SuppressWarnings("unchecked")
    private static void assertWgs84Polygons(List<Map<String, Object>> features) {
        for (Map<String, Object> feature : features) {
            assertThat(feature.get("type")).isEqualTo("Feature");
            Map<String, Object> geometry = (Map<String, Object>) feature.get("geometry");
            assertThat(geometry.get("type")).isIn("Polygon", "MultiPolygon");
            List<Object> coordinates = (List<Object>) geometry.get("coordinates");
            List<List<List<Number>>> rings = geometry.get("type").equals("Polygon") ? (List) coordinates
                    : coordinates.stream().flatMap(p -> ((List<List<List<Number>>>) p).stream()).toList();
            for (List<List<Number>> ring : rings) {
                assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
                for (List<Number> position : ring) {
                    assertThat(position.get(0).doubleValue()).as("longitude first").isBetween(3.0, 8.0);
                    assertThat(position.get(1).doubleValue()).isBetween(50.0, 54.0);
                }
            }
        }
    }
}
