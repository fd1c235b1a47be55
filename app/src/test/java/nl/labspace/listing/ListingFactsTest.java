package nl.labspace.listing;

import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.MANAGER_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.FormSession;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a tenant decides on (issue 19, point 3), from units published and a profile edited through the API: the
 * total rent per year and what the rent covers, the campus's address with a route link, and region names, in the
 * API, the search results and the pages in Dutch and English.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
class ListingFactsTest extends TestMarketTest {

    private static final String UNIT = """
            {"name":"%s","labM2":240,"officeM2":90,"containment":"ML-II","gmp":"none","features":[],
             "availableFrom":"2027-05","rentPerM2Year":335,"minTermMonths":12%s}""";

    private String manager;

    @BeforeAll
    void market() throws Exception {
        manager = http.token(MANAGER_A);
    }

    @Test
    void theTotalRentIsTheRentPerM2TimesTheAreasItCovers() {
        Map<String, Object> labOnly = http.object(publish("Facts lab only", ",\"rentCovers\":[\"service_charges\",\"lab\"]"));
        Map<String, Object> both = http.object(publish("Facts default", ""));

        assertThat(labOnly).containsEntry("rentCovers", List.of("lab", "service_charges")).containsEntry("totalRentPerYear", 80400);
        assertThat(both).containsEntry("rentCovers", List.of("lab", "office")).containsEntry("totalRentPerYear", 110550);
        assertThat(http.object(http.send(HttpRequest.GET("/api/units/" + labOnly.get("id")))))
                .containsEntry("totalRentPerYear", 80400).containsEntry("rentCovers", List.of("lab", "service_charges"));
    }

    @Test
    void whatTheRentCoversIsCheckedNamingFieldAndValueAndNothingIsWritten() {
        long before = sql.count("unit");

        Reply unknown = publish("Facts bad word", ",\"rentCovers\":[\"lab\",\"garden\"]");
        Reply noArea = http.send(HttpRequest.POST("/api/campuses/" + CAMPUS_A + "/units",
                        UNIT.formatted("Facts no office", ",\"rentCovers\":[\"office\"]").replace("\"officeM2\":90", "\"officeM2\":0"))
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(manager));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(params(unknown)).containsExactly("rentCovers[1]='garden'");
        assertThat(noArea.status()).isEqualTo(400);
        assertThat(params(noArea)).containsExactly("rentCovers='office'");
        assertThat(noArea.body()).contains("must cover lab or office space the unit has (lab 240 m², office 0 m²)");
        assertThat(sql.count("unit")).isEqualTo(before);
    }

    @Test
    void aCampusAddressIsEditedThroughTheApiAndABadPostcodeIsRefused() {
        Map<String, Object> before = campus();
        Reply refused = profile("\"Somewhere 9\"", "\"12345\"", "\"Leiden\"");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(params(refused)).containsExactly("postcode='12345'");
        assertThat(campus()).isEqualTo(before);

        Reply saved = profile("\"Plesmanlaan 1\"", "\"2333ca\"", "\"Leiden\"");

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(campus()).containsEntry("streetAddress", "Plesmanlaan 1").containsEntry("postcode", "2333 CA")
                .containsEntry("town", "Leiden").containsEntry("addressIsDemo", false)
                .containsEntry("routeUrl", "https://www.openstreetmap.org/directions?route=%3B52.16870%2C4.46500");
        assertThat(names(campus().get("regionNames"))).containsEntry("province", "Zuid-Holland")
                .containsEntry("corop", "Agglomeratie Leiden en Bollenstreek").containsKey("rom");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSearchResultCarriesTheTotalRentTheAddressAndTheRegionNames() {
        profile("\"Plesmanlaan 1\"", "\"2333 CA\"", "\"Leiden\"");
        Object id = http.object(publish("Facts in search", ",\"rentCovers\":[\"lab\"]")).get("id");

        Reply found = http.send(HttpRequest.GET("/api/search/space?campus=" + CAMPUS_A + "&size=100")
                .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON));
        Map<String, Object> item = ((List<Map<String, Object>>) http.object(found).get("items")).stream()
                .filter(i -> ((Map<?, ?>) i.get("unit")).get("id").equals(id)).findFirst().orElseThrow();

        assertThat((Map<String, Object>) item.get("unit")).containsEntry("totalRentPerYear", 80400)
                .containsEntry("rentCovers", List.of("lab"));
        assertThat((Map<String, Object>) item.get("campus")).containsEntry("streetAddress", "Plesmanlaan 1")
                .containsEntry("postcode", "2333 CA").containsKey("routeUrl");
        assertThat((Map<String, Object>) item.get("regionNames")).containsEntry("province", "Zuid-Holland")
                .containsEntry("corop", "Agglomeratie Leiden en Bollenstreek");
        assertThat((Map<String, Object>) item.get("regions")).containsEntry("province", "PV28");
    }

    @Test
    void theUnitPageShowsTheTotalWhatItCoversTheAddressTheRouteAndRegionNamesInBothLanguages() {
        profile("\"Plesmanlaan 1\"", "\"2333 CA\"", "\"Leiden\"");
        Object id = http.object(publish("Facts on the page", ",\"rentCovers\":[\"lab\",\"service_charges\"]")).get("id");

        String dutch = page("/units/" + id, "nl");
        String english = page("/units/" + id, "en");

        assertThat(dutch).contains("Totale huur per jaar").contains("€\u00a080.400 per jaar")
                .contains("alleen de labruimte, inclusief servicekosten").contains("Plesmanlaan 1").contains("2333 CA Leiden")
                .contains("href=\"https://www.openstreetmap.org/directions?route=%3B52.16870%2C4.46500\"")
                .contains("Route via OpenStreetMap").contains("Zuid-Holland · Agglomeratie Leiden en Bollenstreek")
                .doesNotContain("PV28");
        assertThat(english).contains("Total rent per year").contains("€80,400 per year")
                .contains("the lab space only, service charges included").contains("Route on OpenStreetMap")
                .contains("Zuid-Holland · Agglomeratie Leiden en Bollenstreek");
    }

    @Test
    void searchResultsAndTheCampusPageNameRegionsNotCodes() {
        publish("Facts listed", "");

        String results = page("/search?campus=" + CAMPUS_A, "en");
        String campus = page("/campuses/" + CAMPUS_A, "nl");

        assertThat(results).contains("Leiden · Zuid-Holland · Agglomeratie Leiden en Bollenstreek")
                .contains("€110,550 per year").contains("lab and office space; service charges extra").contains("confirmed on");
        assertThat(campus).contains("Zuid-Holland · Agglomeratie Leiden en Bollenstreek").doesNotContain("PV28 · CR25")
                .contains("Route via OpenStreetMap");
    }

    @Test
    void theConsoleFormsAskWhatTheRentCoversAndTheAddress() {
        FormSession console = FormSession.signIn(http, MANAGER_A);
        String unit = CampusConsolePagesTest.GOOD_UNIT.formatted("Facts+form") + "&rentCovers=";
        assertThat(console.get("/console/campus/units/new").body()).contains("id=\"u-cover-service_charges\"")
                .containsPattern("value=\"lab\"[^>]*checked");

        Reply noneTicked = console.post("/console/campus/units", unit);
        assertThat(noneTicked.status()).isEqualTo(400);
        assertThat(noneTicked.body()).contains("id=\"e-rentCovers\"");
        assertThat(sql.column("SELECT count(*)::text FROM unit WHERE name = 'Facts form'")).containsExactly("0");

        Reply published = console.post("/console/campus/units", unit + "&rentCovers=office&rentCovers=service_charges");
        assertThat(published.status()).as(published.body()).isEqualTo(303);
        assertThat(sql.column("SELECT array_to_string(rent_covers, ';') FROM unit WHERE name = 'Facts form'"))
                .containsExactly("office;service_charges");

        String profile = "/console/campus/campuses/" + CAMPUS_A + "/profile";
        Reply badPostcode = console.post(profile, "focus=vaccines&streetAddress=Plesmanlaan+1&postcode=2333&town=Leiden");
        assertThat(badPostcode.status()).isEqualTo(400);
        assertThat(badPostcode.body()).contains("id=\"e-postcode\"").contains("value=\"Plesmanlaan 1\"");
        Reply saved = console.post(profile, "focus=vaccines&streetAddress=Plesmanlaan+1&postcode=2333+ca&town=Leiden");
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(campus()).containsEntry("postcode", "2333 CA").containsEntry("streetAddress", "Plesmanlaan 1");
    }

    private Reply publish(String name, String extra) {
        return http.send(HttpRequest.POST("/api/campuses/" + CAMPUS_A + "/units", UNIT.formatted(name, extra))
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(manager));
    }

    private Reply profile(String street, String postcode, String town) {
        String body = """
                {"focus":["drug-discovery"],"sharedFacilities":["NMR"],"website":null,"contactEmail":null,
                 "streetAddress":%s,"postcode":%s,"town":%s}""".formatted(street, postcode, town);
        return http.send(HttpRequest.PUT("/api/campuses/" + CAMPUS_A + "/profile", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(manager));
    }

    private Map<String, Object> campus() {
        return http.object(http.send(HttpRequest.GET("/api/campuses/" + CAMPUS_A)));
    }

    private String page(String path, String language) {
        Reply reply = http.send(HttpRequest.GET(path).header(HttpHeaders.ACCEPT, "text/html").header(HttpHeaders.ACCEPT_LANGUAGE, language));
        assertThat(reply.status()).as(path).isEqualTo(200);
        return reply.body();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> names(Object regionNames) {
        return (Map<String, Object>) regionNames;
    }

    @SuppressWarnings("unchecked")
    private List<String> params(Reply reply) {
        return ((List<Map<String, Object>>) http.object(reply).get("invalidParams")).stream()
                .map(p -> p.get("name") + "='" + p.get("value") + "'").toList();
    }
}
