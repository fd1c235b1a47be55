package nl.labspace.search;

import static nl.labspace.search.SearchMarket.LEIDEN_CS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.labspace.account.TestSql;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@MicronautTest(transactional = false)
@Property(name = FixedToday.PROPERTY, value = SearchMarket.TODAY_TEXT)
class SpaceSearchTest extends SearchMarketTest {

    @Test
    void aUnitLeasedInTheMonthAskedForIsNotAvailableByThen() {
        TestSql sql = new TestSql(dataSource);
        sql.execute("INSERT INTO lease (unit_id, first_month, last_month) SELECT id, '2027-06-01', '2027-12-01' FROM unit WHERE name = 'O1'");
        try {
            assertThat(names("?availableBy=2027-07")).containsExactly("D2", "A1", "U1", "T1", "U2");
            assertThat(names("?availableBy=2027-02")).contains("O1");
        } finally {
            sql.execute("DELETE FROM lease WHERE unit_id IN (SELECT id FROM unit WHERE name = 'O1')");
        }
    }

    private List<String> names(String query) {
        Reply reply = api.get("/api/search/space" + query, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.list("items").stream().map(i -> (String) (Reply.map(i.get("unit"))).get("name")).toList();
    }

    @Test
    void anyoneSeesFreshAvailableUnitsCheapestFirst() {
        Reply reply = api.get("/api/search/space", null);

        assertThat(names("")).containsExactly("O1", "D2", "D1", "A1", "U1", "T1", "U2");
        assertThat(reply.json()).containsEntry("total", 7).containsEntry("totalExact", true).containsEntry("page", 1).containsEntry("size", 20);
        Map<String, Object> first = reply.list("items").get(0);
        assertThat(Reply.map(first.get("campus"))).containsEntry("id", "oss").containsEntry("name", "Pivot Park").containsEntry("city", "Oss");
        assertThat(Reply.map(first.get("regions"))).containsEntry("province", "PV30").containsEntry("corop", "CR35").containsEntry("rom", "BOM");
        assertThat(first).doesNotContainKey("distanceKm");
    }

    @Test
    void pipelineUnitsComeOnlyWhenAskedAndShowTheirDeliveryMonth() {
        Reply reply = api.get("/api/search/space?includePipeline=true&region=CR25", null);

        assertThat(names("?includePipeline=true")).containsExactly("O1", "D2", "D1", "A1", "U1", "T1", "U4", "U2");
        Map<String, Object> planned = Reply.map(reply.list("items").get(1).get("unit"));
        assertThat(planned).containsEntry("name", "U4").containsEntry("status", "planned").containsEntry("deliveryMonth", "2027-09");
    }

    @Test
    void staleAndWithdrawnUnitsNeverShow() {
        // D2 was confirmed exactly 60 days before TODAY (still fresh), D3 61 days (stale), U3 104 days.
        assertThat(names("?size=100")).contains("D2").doesNotContain("D3", "U3", "U5");
    }

    @Test
    void staleUnitsAreFlaggedForTheirCampusWithTheDefaultWindow() {
        Reply reply = api.get("/api/campuses/delft/stale-units", SearchMarket.ADMIN);

        assertThat(reply.json()).containsEntry("freshDays", 60).containsEntry("asOf", "2027-03-15");
        assertThat(reply.list("units")).singleElement().satisfies(u -> assertThat(u).containsEntry("name", "D3")
                .containsEntry("lastConfirmed", "2027-01-13").containsEntry("daysSinceConfirmed", 61));
    }

    @ParameterizedTest(name = "region={0}")
    @CsvSource({"PV28, U1 D2 D1 U2", "CR25, U1 U2", "CR27, D2 D1", "IQ, U1 D2 D1 U2", "PV26, T1", "INWEST, A1", "PV20, ''"})
    void regionMatchesProvinceCoropOrRomCode(String code, String expected) {
        assertThat(names("?sort=rent&region=" + code)).containsExactlyInAnyOrder(split(expected));
    }

    @ParameterizedTest(name = "withinKm={0}")
    @CsvSource({"1.49, ''", "1.5, U1 U2", "20.06, U1 U2", "20.07, U1 U2 D2 D1", "38.53, U1 U2 D2 D1",
            "38.54, U1 U2 D2 D1 A1", "48.2, U1 U2 D2 D1 A1 T1", "400, U1 U2 D2 D1 A1 T1 O1"})
    void radiusAroundLeidenCentraalHasExactMembership(String km, String expected) {
        assertThat(names("?near=" + LEIDEN_CS + "&withinKm=" + km + "&sort=distance")).containsExactly(split(expected));
    }

    @Test
    void distanceSortMeasuresFromThePointInKm() {
        Reply reply = api.get("/api/search/space?near=" + LEIDEN_CS + "&sort=distance", null);

        assertThat(names("?near=" + LEIDEN_CS + "&sort=distance")).containsExactly("U1", "U2", "D2", "D1", "A1", "T1", "O1");
        assertThat(reply.list("items").stream().map(i -> i.get("distanceKm")).toList())
                .containsExactly(1.5, 1.5, 20.06, 20.06, 38.54, 48.19, 85.35);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sort=distance&size=2&page=1, U1 U2", "sort=distance&size=2&page=2, D2 D1",
            "sort=distance&size=2&page=4, O1", "sort=size&size=3&page=2, A1 U1 D2", "withinKm=40&size=3&page=2, U1 U2"})
    void pagesAroundAPointKeepTheirOrderAndDistances(String query, String expected) {
        assertThat(names("?near=" + LEIDEN_CS + "&" + query)).containsExactly(split(expected));
    }

    @Test
    void aFullPageAroundAPointCountsOnlyTheUnitsInRange() {
        assertThat(api.get("/api/search/space?near=" + LEIDEN_CS + "&withinKm=40&size=3", null).json())
                .containsEntry("total", 5).containsEntry("totalExact", true);
    }

    @Test
    void aPointAndARegionTogetherKeepBothAndTheDistance() {
        Reply reply = api.get("/api/search/space?near=" + LEIDEN_CS + "&region=CR27&sort=distance", null);

        assertThat(names("?near=" + LEIDEN_CS + "&region=CR27&sort=distance")).containsExactly("D2", "D1");
        assertThat(reply.list("items").stream().map(i -> i.get("distanceKm")).toList()).containsExactly(20.06, 20.06);
        assertThat(names("?near=" + LEIDEN_CS + "&withinKm=10&region=CR27")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"containment=ML-II, U1 T1 U2", "containment=ML-III, T1", "containment=none, O1 D2 D1 A1 U1 T1 U2",
            "gmp=D, A1 U2", "gmp=C, U2", "gmp=A, ''",
            "features=fume-hood%2Cbiosafety-cabinet, U1 T1", "features=autoclave&features=fume-hood, T1 U2",
            "minLabM2=500, T1 U2", "minOfficeM2=250, O1 A1 T1", "maxRent=300, O1 D2 D1",
            "availableBy=2027-02, O1 D2 D1 U1 T1", "availableBy=2027-07, O1 D2 A1 U1 T1 U2",
            "containment=ML-I&maxRent=320&region=PV28, D1"})
    void filtersNarrowTheListing(String query, String expected) {
        assertThat(names("?" + query)).containsExactly(split(expected));
    }

    @Test
    void sizeSortPutsTheLargestLabFirst() {
        assertThat(names("?sort=size")).containsExactly("T1", "U2", "D1", "A1", "U1", "D2", "O1");
    }

    @ParameterizedTest(name = "page {0} of size 2")
    @CsvSource({"1, O1 D2", "2, D1 A1", "4, U2", "5, ''"})
    void pagesSplitTheSameOrderAndKeepTheTotal(int page, String expected) {
        Reply reply = api.get("/api/search/space?size=2&page=" + page, null);

        assertThat(names("?size=2&page=" + page)).containsExactly(split(expected));
        assertThat(reply.json()).containsEntry("total", 7).containsEntry("totalExact", true).containsEntry("page", page).containsEntry("size", 2);
    }

    @Test
    void geoJsonIsAFeatureCollectionOfPointsInLonLatOrder() {
        for (Reply reply : List.of(api.get("/api/search/space?region=CR25&format=geojson", null),
                api.get("/api/search/space?region=CR25", null, "application/geo+json"))) {
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.contentType()).startsWith("application/geo+json");
            assertThat(reply.json()).containsEntry("type", "FeatureCollection").containsEntry("total", 2);
            Map<String, Object> feature = reply.list("features").get(0);
            assertThat(feature).containsEntry("type", "Feature");
            assertThat(Reply.map(feature.get("geometry"))).containsEntry("type", "Point")
                    .containsEntry("coordinates", List.of(4.46, 52.168));
            Map<String, Object> properties = Reply.map(feature.get("properties"));
            assertThat(Reply.map(properties.get("unit"))).containsEntry("name", "U1");
            assertThat(Reply.map(properties.get("campus"))).containsEntry("id", "bsp");
        }
    }

    @Test
    void formatJsonWinsOverAnAcceptHeader() {
        Reply reply = api.get("/api/search/space?format=json", null, "application/geo+json");

        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json()).containsKey("items");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "region=XX99|region|XX99", "near=95,4.4|near.lat|95", "near=-90.5,4.4|near.lat|-90.5",
            "near=52,181|near.lon|181", "near=52,-200|near.lon|-200", "near=leiden|near|leiden", "near=52,x|near.lon|x",
            "near=52,4&withinKm=-1|withinKm|-1", "near=52,4&withinKm=0|withinKm|0", "near=52,4&withinKm=far|withinKm|far",
            "withinKm=5|withinKm|5", "containment=ML-IV|containment|ML-IV", "gmp=E|gmp|E", "features=laser|features|laser",
            "features=fume-hood,laser|features|laser", "minLabM2=-5|minLabM2|-5", "minLabM2=lots|minLabM2|lots",
            "minOfficeM2=1.5|minOfficeM2|1.5", "availableBy=2027-13|availableBy|2027-13",
            "availableBy=2027-02-01|availableBy|2027-02-01", "maxRent=0|maxRent|0", "maxRent=cheap|maxRent|cheap",
            "includePipeline=yes|includePipeline|yes", "sort=distance|sort|distance", "sort=price|sort|price",
            "page=0|page|0", "page=x|page|x", "size=101|size|101", "size=0|size|0", "format=xml|format|xml",
            "colour=blue|colour|blue"})
    void everyBadParameterIsNamedWithItsValue(String query, String field, String value) {
        Reply reply = api.get("/api/search/space?" + query, null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        List<Map<String, Object>> params = reply.list("invalidParams");
        assertThat(params).hasSize(1);
        assertThat(params.get(0)).containsEntry("name", field).containsEntry("value", value);
        assertThat((String) reply.json().get("detail")).contains(field).contains(value);
    }

    private static String[] split(String names) {
        return names == null || names.isBlank() ? new String[0] : names.trim().split("\\s+");
    }
}
