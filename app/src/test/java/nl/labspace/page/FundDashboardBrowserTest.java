package nl.labspace.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.labspace.access.ApiClient;
import nl.labspace.account.TestHttp;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The fund manager's journey in a real browser after a national run on the demo market: the dashboard opens on a
 * choropleth whose regions, legend classes and table rows agree, the figure and the level are switched from the
 * picker (by keyboard too), the charts are drawn from their tables, flows and trends follow the run, the map exports as
 * GeoJSON; two what-if buildings are described (a refused one first, its values kept), run in the sandbox and compared
 * side by side, then one picked to stand alone; and the public market page, reached from the footer, with its CSV. axe-core finds no serious or critical violation, and every page is
 * saved at 1366 and 390 px in both languages, without sideways scrolling on a phone.
 */
@MicronautTest(transactional = false)
@Property(name = "labspace.demo.enabled", value = "true")
@Property(name = "labspace.demo.scale", value = "0.25")
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@Property(name = "labspace.whatif.default-steps", value = "500")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundDashboardBrowserTest {

    private static final String FUND = "randstad-fund@labspace.demo";

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    private TestHttp http;
    private Browser browser;
    private WebDriverWait wait;

    @BeforeAll
    void aNationalRun() throws Exception {
        http = new TestHttp(client, json);
        String admin = ApiClient.token(client, "admin@labspace.demo", "labspace-demo");
        Reply started = http.send(HttpRequest.POST("/api/admin/matching/runs", "{\"budgetSeconds\":10,\"seed\":17}")
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(admin));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String run = (String) http.object(started).get("id");
        for (int i = 0; i < 480 && "solving".equals(http.object(http.get("/api/admin/matching/runs/" + run + "/status", admin)).get("status")); i++) {
            Thread.sleep(250);
        }
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
    void aFundManagerReadsTheMapSwitchesFigureAndExports() throws Exception {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        browser.width(1366);
        browser.signIn(base(), FUND);
        open("/language/nl?back=/console/fund");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/console/fund");
        assertThat(text("h1")).isEqualTo("Fondsdashboard: mijn regio’s");
        assertThat(rows()).as("the provinces, public to all").hasSize(12);
        assertMapAgreesWithTable();

        // another figure from the picker: the map, its heading, the table and the charts follow
        new Select(byId("f-figure")).selectByValue("demand-lab-m2");
        byId("figure-form").findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().contains("figure=demand-lab-m2"));
        assertThat(text("#map-heading")).startsWith("Labruimte gezocht per provincie");
        assertMapAgreesWithTable();
        wait.until(d -> d.findElements(By.cssSelector(".chart-box[data-drawn] canvas")).size() >= 2);
        for (WebElement table : browser.driver.findElements(By.cssSelector("table.chart-table"))) {
            assertThat(table.findElements(By.cssSelector("tbody tr"))).as("a chart's figures as a table").isNotEmpty();
        }
        // after the run: where the demand of the regions followed went, and the figure's trend run by run
        assertThat(browser.driver.findElements(By.cssSelector("#flow-origins tbody tr"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#flow-list tbody tr"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#trend-run tbody tr"))).as("a snapshot after the run").isNotEmpty();
        shots("fund-dashboard", "/console/fund?figure=demand-lab-m2", problems);

        // the level by keyboard only: arrow keys in the select, Tab to the button, Enter
        open("/console/fund?figure=demand-lab-m2");
        byId("f-level").sendKeys(Keys.ARROW_DOWN);
        assertThat(new Select(byId("f-level")).getFirstSelectedOption().getAttribute("value")).isEqualTo("corop");
        new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(Keys.TAB, Keys.TAB).perform();
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(byId("figure-form").findElement(By.cssSelector("button[type=submit]")));
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().contains("level=corop"));
        assertThat(rows().size()).as("the COROP regions of Utrecht, Noord-Holland and Zuid-Holland only")
                .isEqualTo(randstadCorops());
        assertMapAgreesWithTable();
        shots("fund-dashboard-corop", "/console/fund?figure=demand-lab-m2&level=corop", problems);

        // the export behind the map: the same regions as the table, as RFC 7946 polygons
        String href = byId("download-geojson").getAttribute("href");
        @SuppressWarnings("unchecked")
        Map<String, Object> exported = (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(function (r) { return r.json(); })"
                        + ".then(function (g) { done({type: g.type, ids: g.features.map(function (f) { return f.id; }),"
                        + " geometry: g.features[0].geometry.type}); });", href);
        assertThat(exported.get("type")).isEqualTo("FeatureCollection");
        assertThat((List<?>) exported.get("ids")).hasSize(rows().size());
        assertThat(exported.get("geometry")).isIn("Polygon", "MultiPolygon");
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void aFundManagerBuildsTwoScenariosAndComparesThem() throws Exception {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        browser.width(1366);
        browser.signIn(base(), FUND);
        open("/language/en?back=/console/fund");
        byId("whatif-link").click();
        wait.until(d -> d.getCurrentUrl().endsWith("/console/fund/scenarios"));

        // a building without a place and with a negative area: refused at its fields, the values kept
        describe("Leiden pilot hall", 0, "", "-5", "800", "ML-II", "325", "2027-06");
        wait.until(d -> !d.findElements(By.id("form-errors")).isEmpty());
        assertThat(byId("e-b0-labM2").getText()).isNotBlank();
        assertThat(byId("e-b0-place").getText()).isNotBlank();
        assertThat(byId("form-errors").getText()).as("the summary names the field").contains("Building 1, Lab (m²)");
        assertThat(byId("b0-labM2").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(byId("name").getDomProperty("value")).isEqualTo("Leiden pilot hall");
        assertThat(byId("b0-rentPerM2Year").getDomProperty("value")).isEqualTo("325");

        byId("b0-labM2").clear();
        describe(null, 0, "campus:leiden-bio-science-park", "2400", null, null, null, null);
        awaitSaved(1);
        browser.driver.findElement(By.cssSelector("#builder summary")).click();
        describe("Utrecht extension", 0, "campus:utrecht-science-park", "1200", "300", "ML-I", "300", "2027-03");
        awaitSaved(2);
        assertThat(browser.driver.findElements(By.cssSelector(".scenario-list > li"))).hasSize(2);

        List<String> ids = browser.driver.findElements(By.cssSelector(".scenario-list > li")).stream().map(li -> li.getAttribute("id")).toList();
        for (String id : ids) {
            open("/console/fund/scenarios");
            browser.driver.findElement(By.cssSelector("#" + id + " form button")).click();
            wait.until(d -> d.getCurrentUrl().contains("done=scenarioStarted"));
        }
        new WebDriverWait(browser.driver, Duration.ofSeconds(240)).pollingEvery(Duration.ofSeconds(2)).until(d -> {
            d.navigate().refresh();
            return d.findElements(By.cssSelector(".scenario-list progress")).isEmpty()
                    && d.findElements(By.cssSelector("#scenario-comparison thead th")).size() == 3;
        });
        List<String> heads = browser.driver.findElements(By.cssSelector("#scenario-comparison thead th")).stream().map(WebElement::getText).toList();
        assertThat(heads).contains("Leiden pilot hall", "Utrecht extension");
        assertThat(byId("scenario-comparison").getText()).contains("Building 1: pre-let at delivery");

        // the fund manager picks which scenarios stand side by side: both are ticked (they are compared), Leiden's is
        // unticked by keyboard, and Utrecht's stands alone
        String leiden = scenarioId("Leiden pilot hall");
        String utrecht = scenarioId("Utrecht extension");
        assertThat(byId("compare-" + leiden).isSelected()).isTrue();
        assertThat(byId("compare-" + utrecht).isSelected()).isTrue();
        byId("compare-" + leiden).sendKeys(" ");
        byId("compare-button").click();
        wait.until(d -> d.getCurrentUrl().contains("compare=" + utrecht));
        assertThat(browser.driver.findElements(By.cssSelector("#scenario-comparison thead th")).stream().map(WebElement::getText)
                .toList()).contains("Utrecht extension").doesNotContain("Leiden pilot hall");
        assertThat(byId("compare-" + leiden).isSelected()).isFalse();
        shots("whatif", "/console/fund/scenarios", problems);
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    private String scenarioId(String name) {
        return browser.driver.findElements(By.cssSelector(".scenario-list > li")).stream()
                .filter(li -> li.getText().contains(name)).findFirst().orElseThrow().getDomAttribute("id")
                .substring("scenario-".length());
    }

    /** Fills the builder's first building (null: leave the field as it is) and sends the form. */
    private void describe(String name, int building, String place, String labM2, String officeM2, String containment,
                          String rent, String delivery) {
        String b = "b" + building + "-";
        if (name != null) {
            byId("name").clear();
            byId("name").sendKeys(name);
            type(b + "name", name);
        }
        if (place != null) {
            new Select(byId(b + "place")).selectByValue(place);
        }
        type(b + "labM2", labM2);
        type(b + "officeM2", officeM2);
        if (containment != null) {
            new Select(byId(b + "containment")).selectByValue(containment);
        }
        type(b + "rentPerM2Year", rent);
        type(b + "deliveryMonth", delivery);
        type(b + "minTermMonths", delivery == null ? null : "12");
        byId("scenario-form").findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** The builder answered "saved"; otherwise the page's own words say why not. */
    /** The page after a save lists this many scenarios (the address says "saved" after the first save already). */
    private void awaitSaved(int scenarios) {
        try {
            wait.until(d -> d.getCurrentUrl().contains("done=scenarioSaved")
                    && d.findElements(By.cssSelector(".scenario-list > li")).size() == scenarios);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not saved; the page says: " + browser.driver.findElement(By.tagName("main")).getText(), e);
        }
    }

    private void type(String id, String value) {
        if (value != null) {
            byId(id).clear();
            byId(id).sendKeys(value);
        }
    }

    @Test
    void anyoneReadsTheMarketPageFromTheFooterAndDownloadsItsCsv() throws Exception {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        browser.width(1366);
        open("/");
        browser.driver.manage().deleteAllCookies();
        open("/language/en?back=/");
        browser.driver.findElement(By.cssSelector("footer a[href='/market']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/market"));
        assertThat(text("h1")).isEqualTo("The lab space market in figures");
        assertThat(text("#market-day")).startsWith("Figures of ");
        assertThat(browser.driver.findElements(By.cssSelector("#market-provinces tbody tr"))).hasSize(12);
        Object csv = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(function (r) { return r.text(); }).then(done);",
                byId("market-csv").getAttribute("href"));
        assertThat((String) csv).startsWith("level,region,region_name,period,figure,facet,value,withheld,measure")
                .contains("province,PV28,Zuid-Holland,").doesNotContain("corop,");
        shots("market", "/market", problems);
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    /** Every region of the table is drawn once, in the class its row carries (legend band, withheld or none). */
    private void assertMapAgreesWithTable() {
        List<WebElement> rows = rows();
        wait.until(d -> String.valueOf(rows.size()).equals(byId("fund-map").getAttribute("data-drawn")));
        for (WebElement row : rows) {
            String expected = row.getAttribute("data-withheld") != null ? "region-withheld"
                    : row.getAttribute("data-band") != null ? "region-band-" + row.getAttribute("data-band") : "region-none";
            assertThat(browser.driver.findElements(By.cssSelector("#fund-map path." + expected)))
                    .as("a region drawn as %s for %s", expected, row.getText()).isNotEmpty();
        }
        assertThat(browser.driver.findElements(By.cssSelector("#fund-legend li"))).hasSizeGreaterThanOrEqualTo(3);
    }

    private void shots(String name, String path, Map<String, List<String>> problems) throws Exception {
        for (String language : List.of("nl", "en")) {
            open("/language/" + language + "?back=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
            List<String> found = browser.seriousAccessibilityViolations();
            if (!found.isEmpty()) {
                problems.put(name + " (" + language + ")", found);
            }
            for (int width : List.of(1366, 390)) {
                browser.width(width);
                open(path);
                awaitDrawn();
                assertThat(browser.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
                        .as("%s at %d px scrolls sideways", name, width).isEqualTo(true);
                assertThat(Files.size(browser.screenshot(name + "-" + language + "-" + width))).isPositive();
            }
            browser.width(1366);
        }
    }

    /** The COROP regions inside the three provinces the demo's Randstad fund follows, from the shipped boundaries. */
    private static int randstadCorops() throws java.io.IOException {
        try (var in = FundDashboardBrowserTest.class.getResourceAsStream("/nl/labspace/db/regions/nl_corop_2024.geojson")) {
            String geo = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return (int) java.util.regex.Pattern.compile("\"provincie_statcode\":\"(PV26|PV27|PV28)\"").matcher(geo).results().count();
        }
    }

    /** The map's regions and the charts are drawn (the page is whole without them, but the screenshot shows them). */
    private void awaitDrawn() {
        wait.until(d -> d.findElements(By.cssSelector("#fund-map:not([data-drawn])")).isEmpty()
                && d.findElements(By.cssSelector(".chart-box:not([data-drawn]):not([data-empty])")).isEmpty());
    }

    private List<WebElement> rows() {
        return browser.driver.findElements(By.cssSelector("#fund-figures tbody tr"));
    }

    private String base() {
        return "http://localhost:" + server.getPort();
    }

    private void open(String path) {
        browser.driver.get(base() + path);
    }

    private WebElement byId(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }
}
