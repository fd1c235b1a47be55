package nl.labspace.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.labspace.account.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Maps that tell where things are (issue 19, point 2), on the demo market in a real browser: every map of the
 * landing, search, campus and unit pages names towns and provinces without one name covering another, has a scale
 * bar and a legend, sizes its circles by the lab m² on offer, keeps nearby campuses (Delft, Leiden, Amsterdam) from
 * covering each other, and lets a keyboard reach each campus by name; the unit page shows what a tenant decides on.
 * Every page is saved at 1366 and 390 px in both languages, without sideways scrolling on a phone.
 */
@MicronautTest(transactional = false)
@Property(name = "labspace.demo.enabled", value = "true")
@Property(name = "labspace.demo.scale", value = "0.25")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapsBrowserTest {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    private Browser browser;
    private WebDriverWait wait;
    private String unitPath;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void aBrowser() {
        TestHttp http = new TestHttp(client, json);
        List<Map<String, Object>> items = (List<Map<String, Object>>) http.object(
                http.send(io.micronaut.http.HttpRequest.GET("/api/search/space?campus=leiden-bio-science-park&size=1"))).get("items");
        unitPath = "/units/" + ((Map<String, Object>) items.get(0).get("unit")).get("id");
        browser = new Browser();
        wait = new WebDriverWait(browser.driver, Duration.ofSeconds(30));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyMapNamesPlacesHasAScaleALegendAndCirclesSizedByLabThatDoNotCoverEachOther() throws Exception {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        Map<String, String> maps = Map.of("/", "home-map", "/search", "search-map",
                "/campuses/biotech-campus-delft", "campus-map", unitPath, "unit-map");
        for (int width : List.of(1366, 390)) {
            browser.width(width);
            for (String language : List.of("nl", "en")) {
                for (Map.Entry<String, String> page : maps.entrySet()) {
                    open("/language/" + language + "?back=" + URLEncoder.encode(page.getKey(), StandardCharsets.UTF_8));
                    String map = page.getValue();
                    assertMapTellsWhereThingsAre(map, language);
                    List<String> found = browser.seriousAccessibilityViolations();
                    if (!found.isEmpty()) {
                        problems.put(map + " " + language + " " + width, found);
                    }
                    assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1;"))
                            .as("%s at %d px has no sideways scrolling", page.getKey(), width).isTrue();
                    browser.screenshot("map-" + map.replace("-map", "") + "-" + language + "-" + width);
                }
            }
        }
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void theLandingMapSetsTheDelftCampusesApartAndTheKeyboardReachesEachByName() {
        browser.width(1366);
        open("/language/en?back=/");
        assertMapTellsWhereThingsAre("home-map", "en");
        assertThat(campusesOn("home-map")).as("the Delft campuses, 2 km apart, both on the map (and set apart: above)")
                .contains("Biotech Campus Delft", "TU Delft Campus");

        for (String campus : List.of("TU Delft Campus", "Biotech Campus Delft", "Leiden Bio Science Park")) {
            browser.script("document.getElementById('home-map').focus();");
            WebElement marker = tabTo(campus);
            assertThat(marker.getAttribute("aria-label")).startsWith(campus + ", ");
            marker.sendKeys(Keys.ENTER);
            wait.until(d -> d.findElements(By.cssSelector("#home-map .leaflet-popup-content a")).stream()
                    .anyMatch(a -> a.getText().equals(campus)));
            browser.script("document.querySelectorAll('.leaflet-popup-close-button').forEach(function (b) { b.click(); });");
        }
    }

    @Test
    void theUnitPageShowsTotalRentWhatItCoversTheAddressARouteAndRegionNames() {
        browser.width(1366);
        open("/language/nl?back=" + URLEncoder.encode(unitPath, StandardCharsets.UTF_8));
        assertThat(text("#unit-total-rent")).matches("€[\\s\u00a0][0-9.]+ per jaar");
        assertThat(text("#unit-rent-covers")).isEqualTo("lab- en kantoorruimte; servicekosten apart");
        assertThat(text("#unit-campus-place .campus-address")).contains("Leiden").contains("demodata: alleen de plaats is bekend");
        assertThat(browser.driver.findElement(By.cssSelector("#unit-campus-place .route-link")).getAttribute("href"))
                .startsWith("https://www.openstreetmap.org/directions?route=%3B52.");
        assertThat(text("#unit-campus-place .campus-regions")).isEqualTo("Zuid-Holland · Agglomeratie Leiden en Bollenstreek");

        open("/language/en?back=" + URLEncoder.encode(unitPath, StandardCharsets.UTF_8));
        assertThat(text("#unit-total-rent")).matches("€[0-9,]+ per year");
        assertThat(text("#unit-rent-covers")).isEqualTo("lab and office space; service charges extra");
        assertThat(text("#unit-campus-place .route-link")).isEqualTo("Route on OpenStreetMap");
    }

    private void assertMapTellsWhereThingsAre(String map, String language) {
        String at = "#" + map;
        wait.until(d -> !d.findElements(By.cssSelector(at + " .campus-marker")).isEmpty()
                && !d.findElements(By.cssSelector(at + " .province-label")).isEmpty());
        assertThat(text(at + " .leaflet-control-scale-line")).as("a scale bar").matches("[0-9]+ (km|m)");
        assertThat(text(at + "-legend .map-legend-heading"))
                .isEqualTo(language.equals("nl") ? "Oppervlakte van de cirkel: aangeboden labruimte in m²" : "Circle area: lab m² on offer");
        assertThat(browser.driver.findElements(By.cssSelector(at + "-legend .legend-circle"))).as("sizes in the legend").isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector(at + " .town-label:not(.map-label-hidden)"))).as("a town named").isNotEmpty();
        // once the map has settled (a zoom animates)
        settled(NO_NAME_COVERS_ANOTHER, at, "no name covers another on " + map);
        settled(NO_CIRCLE_COVERS_ANOTHER, at, "no circle covers another on " + map);
        assertThat((Boolean) browser.script(BIGGER_OFFER_BIGGER_CIRCLE, at)).as("circle sizes follow the lab m² on " + map).isTrue();
        for (WebElement marker : browser.driver.findElements(By.cssSelector(at + " .campus-marker"))) {
            assertThat(marker.getAttribute("tabindex")).isEqualTo("0");
            assertThat(marker.getAttribute("role")).isEqualTo("button");
            assertThat(marker.getAttribute("aria-label")).startsWith(marker.getAttribute("data-campus") + ", ");
        }
    }

    private void settled(String check, String at, String what) {
        try {
            wait.withTimeout(Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(browser.script(check, at)));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("map-failed-" + at.substring(1));
            throw new AssertionError(what + ": " + browser.script(DESCRIBE_LABELS, at), e);
        } finally {
            wait.withTimeout(Duration.ofSeconds(30));
        }
    }

    private static final String DESCRIBE_LABELS = """
            return Array.prototype.map.call(document.querySelectorAll(arguments[0] + ' .map-label:not(.map-label-hidden), '
              + arguments[0] + ' .campus-marker'), function (e) { var r = e.getBoundingClientRect();
              return (e.textContent || e.getAttribute('data-campus')) + '@' + Math.round(r.left) + ',' + Math.round(r.top) + ','
                + Math.round(r.right) + ',' + Math.round(r.bottom); }).join('; ');""";

    private List<String> campusesOn(String map) {
        return browser.driver.findElements(By.cssSelector("#" + map + " .campus-marker")).stream()
                .map(m -> m.getAttribute("data-campus")).toList();
    }

    private WebElement tabTo(String campus) {
        for (int i = 0; i < 80; i++) {
            WebElement active = browser.driver.switchTo().activeElement();
            if (campus.equals(active.getAttribute("data-campus"))) {
                return active;
            }
            active.sendKeys(Keys.TAB);
        }
        throw new AssertionError("the keyboard does not reach " + campus);
    }

    private static final String NO_NAME_COVERS_ANOTHER = """
            var boxes = Array.prototype.map.call(document.querySelectorAll(arguments[0] + ' .map-label:not(.map-label-hidden)'),
              function (e) { return e.getBoundingClientRect(); });
            for (var i = 0; i < boxes.length; i++) for (var j = i + 1; j < boxes.length; j++) {
              var a = boxes[i], b = boxes[j];
              if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) return false;
            }
            return true;""";

    private static final String NO_CIRCLE_COVERS_ANOTHER = """
            var c = Array.prototype.map.call(document.querySelectorAll(arguments[0] + ' .campus-marker'), function (e) {
              var r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2, r.width / 2]; });
            for (var i = 0; i < c.length; i++) for (var j = i + 1; j < c.length; j++) {
              if (Math.hypot(c[i][0] - c[j][0], c[i][1] - c[j][1]) < c[i][2] + c[j][2] - 1) return false;
            }
            return true;""";

    private static final String BIGGER_OFFER_BIGGER_CIRCLE = """
            var c = Array.prototype.map.call(document.querySelectorAll(arguments[0] + ' .campus-marker'), function (e) {
              return [Number(e.getAttribute('data-m2')), e.getBoundingClientRect().width]; });
            for (var i = 0; i < c.length; i++) for (var j = 0; j < c.length; j++) {
              if (c[i][0] > c[j][0] && c[i][1] < c[j][1] - 0.5) return false;
            }
            var offers = c.filter(function (x) { return x[0] > 0; }).sort(function (a, b) { return a[0] - b[0]; });
            var least = offers[0], most = offers[offers.length - 1];
            return offers.length < 2 || most[0] < 4 * least[0] || most[1] > least[1] + 2;""";

    private String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText().trim();
    }

    private void open(String path) {
        browser.driver.get("http://localhost:" + server.getPort() + path);
    }
}
