package nl.labspace.search;

import static nl.labspace.search.SearchMarket.ADMIN;
import static nl.labspace.search.SearchMarket.COMPANY;
import static nl.labspace.search.SearchMarket.FUND_LEIDEN;
import static nl.labspace.search.SearchMarket.FUND_NL;
import static nl.labspace.search.SearchMarket.FUND_ROM_UTRECHT;
import static nl.labspace.search.SearchMarket.FUND_ZH;
import static nl.labspace.search.SearchMarket.LEIDEN_CS;
import static nl.labspace.search.SearchMarket.MANAGER_BSP;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@MicronautTest(transactional = false)
@Property(name = FixedToday.PROPERTY, value = SearchMarket.TODAY_TEXT)
class DemandSearchTest extends SearchMarketTest {

    /** Needs by a label: an open need by the start of its title, a confidential one by its lab area. */
    private List<String> labels(String query, String actor) {
        Reply reply = api.get("/api/search/demand" + query, actor);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.list("items").stream().map(DemandSearchTest::label).toList();
    }

    private static String label(Map<String, Object> item) {
        return Boolean.TRUE.equals(item.get("anonymous")) ? "secret" + item.get("labM2") : ((String) item.get("title")).substring(0, 2);
    }

    @Test
    void onlySignedInDemandReadersMaySearch() {
        assertThat(api.get("/api/search/demand", null).status()).isEqualTo(401);
        assertThat(api.get("/api/search/demand", COMPANY).status()).isEqualTo(403);
        for (String reader : List.of(MANAGER_BSP, FUND_NL, ADMIN)) {
            assertThat(api.get("/api/search/demand", reader).status()).as(reader).isEqualTo(200);
        }
    }

    @Test
    void openNeedsOnlyByMoveInWithTotal() {
        Reply reply = api.get("/api/search/demand", MANAGER_BSP);

        assertThat(labels("", MANAGER_BSP)).containsExactly("N2", "secret400", "N4", "N3", "secret600");
        assertThat(reply.json()).containsEntry("total", 5);
    }

    @Test
    void noCompanyIsNamedAndConfidentialNeedsAreOnlyTheirRequirement() {
        Reply reply = api.get("/api/search/demand?size=100", ADMIN);
        Reply geo = api.get("/api/search/demand?size=100&format=geojson", ADMIN);

        for (String body : List.of(reply.body(), geo.body())) {
            assertThat(body).doesNotContain(SearchMarket.SECRET_COMPANY, SearchMarket.OPEN_COMPANY, "companyId", "companyName",
                    SearchMarket.SECRET_TITLE, SearchMarket.SECRET_TITLE_2, "drug-discovery", "cell-gene-therapy",
                    "00000000-0000-0000-0000-0000000000c1");
        }
        Map<String, Object> secret = reply.list("items").get(1);
        assertThat(secret).containsEntry("anonymous", true).containsEntry("labM2", 400).containsEntry("officeM2", 150)
                .containsEntry("containment", "ML-II").containsEntry("moveInEarliest", "2027-03").containsEntry("moveInLatest", "2027-09")
                .doesNotContainKeys("title", "sector", "features");
        assertThat(Reply.map(secret.get("regions"))).containsEntry("province", "PV28").containsEntry("corop", "CR25").containsEntry("rom", "IQ");
        assertThat(reply.list("items").get(0)).containsEntry("anonymous", false).containsEntry("sector", "diagnostics");
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource({"fund-zh@search.test, secret400 N4", "fund-leiden@search.test, secret400", "fund-romur@search.test, N2",
            "fund-nl@search.test, N2 secret400 N4 N3 secret600", "bsp@search.test, N2 secret400 N4 N3 secret600"})
    void fundManagersSeeOnlyTheRegionsTheyFollow(String actor, String expected) {
        assertThat(labels("", actor)).containsExactly(expected.split(" "));
    }

    @Test
    void aRegionalFundManagerCannotWidenItsScopeWithARegionFilter() {
        assertThat(labels("?region=PV26", FUND_ZH)).isEmpty();
        assertThat(labels("?region=CR27", FUND_ZH)).containsExactly("N4");
        assertThat(labels("?region=CR27", FUND_LEIDEN)).isEmpty();
        assertThat(labels("?region=ROMUR", FUND_ROM_UTRECHT)).containsExactly("N2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"region=PV28, secret400 N4", "region=CR27, N4", "region=IQ, secret400 N4", "region=INWEST, secret600",
            "near=" + "52.1664%2C4.4817" + "&withinKm=20.06, secret400", "near=52.1664%2C4.4817&withinKm=20.07, secret400 N4",
            "containment=ML-II, secret400 secret600", "gmp=B, N3", "minLabM2=500, N3 secret600",
            "moveInFrom=2027-07&moveInTo=2027-09, secret400 N4", "moveInFrom=2027-12, N3 secret600",
            "moveInTo=2027-02, N2", "sector=diagnostics, N2", "sector=drug-discovery, ''",
            "sort=size, N3 secret600 secret400 N2 N4", "near=52.1664%2C4.4817&sort=distance, secret400 N4 secret600 N2 N3"})
    void filtersAndSorts(String query, String expected) {
        assertThat(labels("?" + query, ADMIN)).containsExactly(expected.isBlank() ? new String[0] : expected.split(" "));
    }

    @Test
    void confidentialDistancesAreWholeKmAndNeedsWithoutAPointComeLast() {
        Reply reply = api.get("/api/search/demand?near=" + LEIDEN_CS + "&sort=distance", ADMIN);

        assertThat(reply.list("items").stream().map(i -> i.get("distanceKm")).toList())
                .containsExactly(0.0, 20.06, 39.0, 48.19, null);
    }

    @Test
    void geoJsonOmitsNeedsWithoutAPointButCountsThemAndBlursConfidentialPoints() {
        Reply reply = api.get("/api/search/demand", ADMIN, "application/geo+json");

        assertThat(reply.contentType()).startsWith("application/geo+json");
        assertThat(reply.json()).containsEntry("type", "FeatureCollection").containsEntry("total", 5).containsEntry("withoutPoint", 1);
        List<Map<String, Object>> features = reply.list("features");
        assertThat(features).hasSize(4);
        assertThat(features.stream().map(f -> Reply.map(f.get("geometry")).get("coordinates")).toList())
                .containsExactly(List.of(5.173, 52.0855), List.of(4.5, 52.2), List.of(4.373, 51.999), List.of(5.0, 52.4));
        assertThat(Reply.map(features.get(0).get("properties"))).containsEntry("title", "N2 Diagnostics scale-up");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"region=CR99|region|CR99", "near=52,190|near.lon|190", "near=-91,5|near.lat|-91",
            "withinKm=3|withinKm|3", "containment=BSL-2|containment|BSL-2", "gmp=AA|gmp|AA", "minLabM2=-1|minLabM2|-1",
            "moveInFrom=2027|moveInFrom|2027", "moveInFrom=2027-05&moveInTo=2027-04|moveInTo|2027-04",
            "sector=biotech|sector|biotech", "sort=rent|sort|rent", "sort=distance|sort|distance", "size=500|size|500",
            "features=fume-hood|features|fume-hood", "format=kml|format|kml"})
    void everyBadParameterIsNamedWithItsValue(String query, String field, String value) {
        Reply reply = api.get("/api/search/demand?" + query, FUND_ZH);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.list("invalidParams")).singleElement().satisfies(p ->
                assertThat(p).containsEntry("name", field).containsEntry("value", value));
    }
}
