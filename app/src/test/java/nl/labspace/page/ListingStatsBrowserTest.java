package nl.labspace.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A campus manager reads the statistics of the demo's Leiden campus in a real browser, after visitors (plain HTTP
 * with a browser's User-Agent) opened a unit's page and searched: the menu leads there, each unit has a chart drawn
 * from its table, the table holds the figures, the period can be changed and the CSV link follows it; headless
 * Chromium's own visits do not count (a robot). axe-core on every page; screenshots at 1366 and 390 px in Dutch and
 * English under app/target/screenshots/.
 */
@MicronautTest(transactional = false)
@Property(name = "labspace.demo.enabled", value = "true")
@Property(name = "labspace.demo.scale", value = "0.25")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingStatsBrowserTest {

    static final String MANAGER = "leiden@labspace.demo";
    static final String CAMPUS = "leiden-bio-science-park";
    static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    static final String SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Safari/604.1";

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    private Browser browser;
    private WebDriverWait wait;
    private final Map<String, List<String>> problems = new LinkedHashMap<>();

    @BeforeAll
    void start() {
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
    void aCampusManagerReadsTheMonthlyFiguresOfEachUnitAsChartTableAndCsv() throws Exception {
        List<String> units = searchLeiden();
        assertThat(units).isNotEmpty();
        String unit = units.get(0);
        for (String agent : List.of(FIREFOX, FIREFOX, SAFARI)) {
            client.toBlocking().exchange(HttpRequest.GET("/units/" + unit).header("User-Agent", agent).accept(MediaType.TEXT_HTML_TYPE), String.class);
        }
        browser.width(1366);
        open("/units/" + unit);

        browser.signIn(base(), MANAGER);
        open("/language/en?back=/console/campus");
        browser.driver.findElement(By.linkText("Statistics of Leiden Bio Science Park")).click();
        await("stats-period");
        WebElement section = browser.driver.findElement(By.id("unit-" + unit));
        wait.until(d -> "true".equals(section.findElement(By.cssSelector(".stats-chart")).getDomAttribute("data-drawn")));
        assertThat(section.findElement(By.tagName("canvas")).getDomAttribute("aria-label")).contains("table below");
        List<WebElement> lastMonth = section.findElements(By.cssSelector("tbody tr")).stream()
                .reduce((a, b) -> b).orElseThrow().findElements(By.tagName("td"));
        assertThat(lastMonth.get(0).getText()).as("two visitors; Chromium (a robot) not counted").isEqualTo("2");
        assertThat(Integer.parseInt(lastMonth.get(1).getText())).as("search appearances").isPositive();
        assertThat(section.findElements(By.cssSelector("tbody tr"))).hasSize(12);
        assertThat(browser.driver.findElement(By.cssSelector("a[aria-current=page]")).getText())
                .isEqualTo("Statistics of Leiden Bio Science Park");

        String path = "/console/campus/campuses/" + CAMPUS + "/statistics";
        String thisMonth = browser.driver.findElement(By.cssSelector("#s-to option[selected]")).getDomAttribute("value");
        new org.openqa.selenium.support.ui.Select(byId("s-from")).selectByValue(thisMonth);
        browser.driver.findElement(By.cssSelector("#stats-period button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("from=" + thisMonth));
        assertThat(browser.driver.findElement(By.id("unit-" + unit)).findElements(By.cssSelector("tbody tr"))).hasSize(1);
        assertThat(byId("stats-csv").getDomAttribute("href"))
                .isEqualTo("/api/campuses/" + CAMPUS + "/statistics.csv?from=" + thisMonth + "&to=" + thisMonth);

        photograph("campus-statistics", path);
        open(path + "?from=2026-13");
        await("form-problem");
        assertThat(byId("s-from").getDomAttribute("aria-invalid")).isEqualTo("true");
        check("campus-statistics bad period");
        assertThat(problems).as("serious or critical axe-core violations on the statistics page").isEmpty();
    }

    /** The Leiden units a visitor's search finds (which counts an appearance for each). */
    @SuppressWarnings("unchecked")
    private List<String> searchLeiden() {
        Map<String, Object> page = client.toBlocking().retrieve(HttpRequest.GET("/api/search/space?campus=" + CAMPUS + "&size=5")
                .header("User-Agent", FIREFOX), Argument.mapOf(String.class, Object.class));
        return ((List<Map<String, Object>>) page.get("items")).stream()
                .map(i -> (String) ((Map<String, Object>) i.get("unit")).get("id")).toList();
    }

    /** A page in both languages: axe-core, then screenshots at 1366 and 390 px. */
    private void photograph(String name, String path) throws Exception {
        for (String language : List.of("nl", "en")) {
            open("/language/" + language + "?back=" + path);
            check(name + " (" + language + ")");
            for (int width : List.of(1366, 390)) {
                browser.width(width);
                open(path);
                wait.until(d -> !d.findElements(By.cssSelector(".stats-chart[data-drawn=true]")).isEmpty());
                assertThat(Files.size(browser.screenshot(name + "-" + language + "-" + width))).isPositive();
            }
            browser.width(1366);
        }
    }

    private void check(String name) {
        List<String> found = browser.seriousAccessibilityViolations();
        if (!found.isEmpty()) {
            problems.put(name, found);
        }
    }

    private void await(String id) {
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no #" + id + " at " + browser.driver.getCurrentUrl() + "; the page says: "
                    + browser.driver.getPageSource(), e);
        }
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
}
