package nl.labspace.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public pages in a real browser (headless Chromium) on the demo market: the journey landing -> search with
 * filters -> results -> unit -> campus in both languages, the language switch, a keyboard-only pass, axe-core on
 * every page (no serious or critical violation), and screenshots of every page at 1366 and 390 px in both
 * languages under app/target/screenshots/.
 */
@MicronautTest(transactional = false)
@Property(name = "labspace.demo.enabled", value = "true")
@Property(name = "labspace.demo.scale", value = "0.25")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserPagesTest {

    @Inject
    EmbeddedServer server;

    private Browser browser;
    private WebDriverWait wait;

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

    @BeforeEach
    void freshVisitor() {
        open("/");
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void theLandingProvincesTableFitsATablet() {
        assertFitsAtTabletWidths("/", "provinces");
    }

    /** At tablet widths a wide table stacks or fits: its wrapper never scrolls sideways. */
    private void assertFitsAtTabletWidths(String path, String tableId) {
        assertThat(browser.tabletWidthsWhereTableScrolls("http://localhost:" + server.getPort() + path, tableId))
                .as("widths at which %s scrolls inside its wrapper", tableId).isEmpty();
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"nl", "en"})
    void aVisitorFindsAUnitAndItsCampus(String language) {
        open("/language/" + language + "?back=/");
        assertThat(html().getAttribute("lang")).isEqualTo(language);
        String labOnOffer = text("#available-lab strong");
        assertThat(labOnOffer).matches(language.equals("nl") ? "[0-9.]+[ \u00a0]m²" : "[0-9,]+[ \u00a0]m²");

        browser.driver.findElement(By.cssSelector("header nav a[href='/search']")).click();
        new Select(byId("f-near")).selectByVisibleText("Leiden");
        new Select(byId("f-within")).selectByValue("100");
        new Select(byId("f-containment")).selectByValue("ML-I");
        new Select(byId("f-sort")).selectByValue("distance");
        browser.driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();

        // each changed filter asks for the results in place; wait for the last answer to be in the page
        wait.until(d -> d.getCurrentUrl().contains("containment=ML-I") && d.getCurrentUrl().contains("sort=distance")
                && searchSettled());
        assertThat(browser.driver.getCurrentUrl()).contains("near=").contains("withinKm=100").contains("sort=distance");
        List<WebElement> results = browser.driver.findElements(By.cssSelector("#results > li"));
        assertThat(results).isNotEmpty();
        assertThat(text("#result-count")).startsWith(String.valueOf(results.size() < 20 ? results.size() : ""));
        wait.until(d -> !d.findElements(By.cssSelector("#search-map .campus-marker")).isEmpty());
        assertThat(browser.driver.findElements(By.cssSelector("#search-map .leaflet-outlines-pane path")))
                .as("province outlines drawn without tiles").hasSizeGreaterThan(10);
        assertThat(browser.driver.findElements(By.cssSelector(".leaflet-tile"))).as("no tile layer").isEmpty();

        String unitTitle = results.get(0).findElement(By.cssSelector("h3 a")).getText();
        results.get(0).findElement(By.cssSelector("h3 a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-facts")));
        assertThat(unitTitle).contains(text("h1"));
        assertThat(text("#unit-facts")).contains(language.equals("nl") ? "/m²/jaar" : "/m²/year");

        browser.driver.findElement(By.cssSelector("main .lead a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("campus-facts")));
        assertThat(unitTitle).startsWith(text("h1"));
        assertThat(browser.driver.findElements(By.cssSelector("#campus-units tbody tr"))).isNotEmpty();

        browser.driver.navigate().back();
        browser.driver.navigate().back();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        assertThat(new Select(byId("f-containment")).getFirstSelectedOption().getAttribute("value")).as("back keeps the search").isEqualTo("ML-I");
    }

    @Test
    void theLanguageSwitchKeepsThePageAndIsRemembered() {
        open("/search?gmp=D&includePipeline=true");
        assertThat(html().getAttribute("lang")).isEqualTo("nl");
        assertThat(text("h1")).isEqualTo("Labruimte zoeken");

        browser.driver.findElement(By.cssSelector("header .languages a[hreflang=en]")).click();
        wait.until(d -> "en".equals(html().getAttribute("lang")));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/search?gmp=D&includePipeline=true");
        assertThat(text("h1")).isEqualTo("Search lab space");

        open("/");
        assertThat(text("h1")).isEqualTo("Lab space in the Netherlands");
        browser.driver.findElement(By.cssSelector("header .languages a[hreflang=nl]")).click();
        wait.until(d -> "nl".equals(html().getAttribute("lang")));
        assertThat(text("h1")).isEqualTo("Labruimte in Nederland");
    }

    @Test
    void aKeyboardAloneSearchesAndReachesAUnit() {
        open("/");
        Actions keys = new Actions(browser.driver);
        keys.sendKeys(Keys.TAB).perform();
        assertThat(focused().getAttribute("class")).as("first stop: skip link").isEqualTo("skip");
        assertThat(focused().getCssValue("outline-style")).as("focus is visible").isNotEqualTo("none");

        tabUntil(e -> "/search".equals(e.getDomAttribute("href")) && e.findElements(By.xpath("ancestor::nav")).size() == 1, 10);
        keys.sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search-form")));

        tabUntil(e -> "f-containment".equals(e.getDomAttribute("id")), 30);
        assertThat(focused().getCssValue("outline-style")).isNotEqualTo("none");
        keys.sendKeys(Keys.ARROW_DOWN).perform(); // ML-I and up
        tabUntil(e -> "submit".equals(e.getDomAttribute("type")), 40);
        keys.sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.urlContains("containment=ML-I"));

        tabUntil(e -> e.getDomAttribute("href") != null && e.getDomAttribute("href").startsWith("/units/"), 80);
        keys.sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-facts")));
    }

    @Test
    void everyPageHasNoSeriousAccessibilityProblemAndIsPhotographedInBothLanguagesAndWidths() throws Exception {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        List<String> shots = new ArrayList<>();
        for (String language : List.of("nl", "en")) {
            open("/language/" + language + "?back=/");
            for (Map.Entry<String, String> page : pages().entrySet()) {
                open(page.getValue());
                List<String> found = browser.seriousAccessibilityViolations();
                if (!found.isEmpty()) {
                    problems.put(page.getKey() + " (" + language + ")", found);
                }
                for (int width : List.of(1366, 390)) {
                    browser.width(width);
                    open(page.getValue());
                    waitForMaps();
                    shots.add(browser.screenshot(page.getKey() + "-" + language + "-" + width).toString());
                    browser.width(1366);
                }
            }
        }
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
        assertThat(shots).hasSize(pages().size() * 4).allSatisfy(s -> assertThat(Files.size(java.nio.file.Path.of(s))).isPositive());
    }

    /** Every public page, with a unit and a campus taken from a search. */
    private Map<String, String> pages() {
        open("/search?size=1");
        String unit = browser.driver.findElement(By.cssSelector("#results h3 a")).getDomAttribute("href");
        open(unit);
        String campus = browser.driver.findElement(By.cssSelector("main .lead a")).getDomAttribute("href");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("landing", "/");
        pages.put("search", "/search?near=52.0860,5.1780&withinKm=50&containment=ML-I&sort=distance");
        pages.put("search-problem", "/search?near=52.17,4.47&withinKm=900");
        pages.put("unit", unit);
        pages.put("campus", campus);
        pages.put("sign-in", "/login?error=1");
        pages.put("not-found", "/units/00000000-0000-0000-0000-000000000000");
        return pages;
    }

    /**
     * The signed-in journey: the admin starts a run and watches its progress bar (fed by the run's server-sent
     * events) reach done; a company accepts a proposal in its console; the campus's manager confirms it. Each console
     * is checked with axe-core and photographed at 1366 and 390 px in both languages.
     */
    @Test
    void anAdminRunsACompanyAcceptsAndTheCampusConfirms() throws Exception {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        browser.width(1366); // another test may have left the window at phone width
        signIn("founder@labspace.demo");
        open("/console/company");
        // the decision first: proposals come before the needs, and the form to post a need opens on demand, by keyboard
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "return document.getElementById('proposals').compareDocumentPosition(document.getElementById('post')) === 4"))
                .as("proposals before the post form").isTrue();
        assertThat(byId("n-title").isDisplayed()).as("the post form is folded").isFalse();
        browser.driver.findElement(By.cssSelector("#post > summary")).sendKeys(Keys.ENTER);
        wait.until(d -> byId("n-title").isDisplayed());
        byId("n-title").sendKeys("Browser journey lab");
        byId("n-labM2").sendKeys("40");
        byId("n-officeM2").sendKeys("0");
        byId("n-termMonths").sendKeys("12");
        for (String[] month : List.of(new String[] {"n-moveInEarliest", "2027-01"}, new String[] {"n-moveInLatest", "2027-12"})) {
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", byId(month[0]), month[1]);
        }
        new Select(byId("n-near")).selectByVisibleText("Leiden");
        byId("n-maxKm").sendKeys("10");
        browser.driver.findElement(By.cssSelector("#need-form button[type=submit]")).click();
        awaitConsoleMessage();
        assertThat(text("#needs-table")).contains("Browser journey lab");
        editTheNeed("Browser journey lab", problems);
        signIn("admin@labspace.demo");
        open("/console/admin/runs");
        byId("r-budget").sendKeys("3");
        browser.driver.findElement(By.cssSelector("#run-form button[type=submit]")).click();
        awaitConsoleMessage();
        WebElement live = browser.driver.findElement(By.cssSelector(".live-run"));
        assertThat(live.findElement(By.tagName("progress")).isDisplayed()).isTrue();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(".live-run.done")).isEmpty());
        assertThat(browser.driver.findElement(By.cssSelector(".live-run progress")).getDomProperty("value")).isEqualTo("100");
        consoleShots("console-admin", "/console/admin/runs", problems);

        Map<String, String> managers = Map.of("Leiden", "leiden@labspace.demo", "Utrecht", "utrecht@labspace.demo",
                "Bilthoven", "utrecht@labspace.demo", "Pivot", "oss@labspace.demo");
        open("/");
        long openNeedsBefore = figure("#open-needs strong");
        String manager = null;
        String accepter = null;
        for (String company : List.of("founder@labspace.demo", "scaleup@labspace.demo")) {
            signIn(company);
            open("/console/company");
            for (WebElement card : browser.driver.findElements(By.cssSelector("#proposal-list li.proposal"))) {
                String heading = card.findElement(By.tagName("h3")).getText();
                var match = managers.entrySet().stream().filter(m -> heading.contains(m.getKey())).findFirst();
                if (match.isPresent() && !card.findElements(By.cssSelector("button.accept")).isEmpty()) {
                    manager = match.get().getValue();
                    accepter = company;
                    card.findElement(By.cssSelector("button.accept")).click();
                    break;
                }
            }
            if (manager != null) {
                awaitConsoleMessage();
                assertThat(browser.driver.findElements(By.cssSelector(".status-proposal-accepted"))).isNotEmpty();
                consoleShots("console-company", "/console/company", problems);
                break;
            }
        }
        assertThat(manager).as("an open proposal on a campus with a demo manager").isNotNull();

        signIn(manager);
        open("/console/campus");
        browser.driver.findElement(By.cssSelector("#proposal-list button.accept")).click();
        awaitConsoleMessage();
        assertThat(browser.driver.findElements(By.cssSelector(".status-proposal-confirmed"))).isNotEmpty();
        consoleShots("console-campus", "/console/campus", problems);

        // the lease shows on the company's console too, and the market figures count the need as placed
        signIn(accepter);
        open("/console/company");
        assertThat(browser.driver.findElements(By.cssSelector("#proposal-list .status-proposal-confirmed"))).isNotEmpty();
        open("/");
        assertThat(figure("#open-needs strong")).as("open needs on the landing page").isEqualTo(openNeedsBefore - 1);
        assertThat(problems).as("serious or critical axe-core violations on the consoles").isEmpty();
    }

    /** A figure of the landing page as a number, whatever the language's grouping. */
    private long figure(String css) {
        return Long.parseLong(text(css).replaceAll("[^0-9]", ""));
    }

    /** The company edits its need: a wrong area is shown at its field with the value kept, the fixed one saved. */
    private void editTheNeed(String title, Map<String, List<String>> problems) throws Exception {
        WebElement row = browser.driver.findElements(By.cssSelector("#needs-table tbody tr")).stream()
                .filter(r -> r.getText().contains(title)).findFirst().orElseThrow();
        String editPath = java.net.URI.create(row.findElement(By.cssSelector("a[href$='/edit']")).getDomAttribute("href")).getPath();
        open(editPath);
        byId("n-labM2").clear();
        byId("n-labM2").sendKeys("-1");
        browser.driver.findElement(By.cssSelector("#need-form button[type=submit]")).click();
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("e-labM2")));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("debug-need-edit");
            throw new AssertionError("no field error at " + browser.driver.getCurrentUrl() + ": " + browser.driver.getPageSource(), e);
        }
        assertThat(byId("n-labM2").getDomProperty("value")).isEqualTo("-1");
        assertThat(byId("n-labM2").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(byId("n-title").getDomProperty("value")).isEqualTo(title);
        byId("n-labM2").clear();
        byId("n-labM2").sendKeys("45");
        browser.driver.findElement(By.cssSelector("#need-form button[type=submit]")).click();
        awaitConsoleMessage();
        consoleShots("need-edit", editPath, problems);
        open("/console/company");
    }

    /** Changing a filter updates list, count, map and address in place; the back button returns to the earlier search. */
    @Test
    void aFilterChangeUpdatesTheResultsInPlaceAndTheAddressKeepsIt() {
        browser.width(1366);
        open("/search");
        var js = (org.openqa.selenium.JavascriptExecutor) browser.driver;
        js.executeScript("window.samePage = true;");
        String before = text("#result-count");
        new Select(byId("f-containment")).selectByValue("ML-III");
        wait.until(d -> d.getCurrentUrl().contains("containment=ML-III") && searchSettled() && !text("#result-count").equals(before));
        assertThat(js.executeScript("return window.samePage === true;")).as("no page load").isEqualTo(true);
        long listed = browser.driver.findElements(By.cssSelector("#results li.result")).size();
        assertThat(browser.driver.findElements(By.cssSelector("#results li.result [data-lat], #results li.result[data-lat]")))
                .hasSize((int) listed);
        browser.driver.navigate().back();
        wait.until(d -> !d.getCurrentUrl().contains("containment=ML-III") && text("#result-count").equals(before));
    }

    /** No search request of htmx is under way (it marks the form with htmx-request while one is). */
    private boolean searchSettled() {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("return document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling') === null;"));
    }

    @Test
    void aVisitorOpeningAConsoleSignsInAndLandsOnIt() {
        open("/");
        browser.driver.manage().deleteAllCookies();
        open("/console/campus");
        wait.until(d -> d.getCurrentUrl().contains("/login"));
        byId("email").sendKeys("leiden@labspace.demo");
        byId("password").sendKeys("labspace-demo");
        browser.driver.findElement(By.cssSelector(".signin-form button[type=submit]")).click();
        try {
            wait.until(d -> !d.getCurrentUrl().contains("/login"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("still at " + browser.driver.getCurrentUrl() + ": " + text("main"), e);
        }
        assertThat(browser.driver.getCurrentUrl()).endsWith("/console/campus");
        assertThat(text("h1")).containsAnyOf("Campus console", "Campusconsole");
    }

    /** The console's message after a form; on a timeout the page's own text says what went wrong. */
    private void awaitConsoleMessage() {
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("console-message")));
        } catch (org.openqa.selenium.TimeoutException e) {
            var main = browser.driver.findElements(By.tagName("main"));
            throw new AssertionError("no console message at " + browser.driver.getCurrentUrl() + "; the page says: "
                    + (main.isEmpty() ? browser.driver.getPageSource() : main.get(0).getText()), e);
        }
    }

    private void signIn(String email) {
        browser.signIn("http://localhost:" + server.getPort(), email);
    }

    private void consoleShots(String name, String path, Map<String, List<String>> problems) throws Exception {
        for (String language : List.of("nl", "en")) {
            open("/language/" + language + "?back=" + path);
            List<String> found = browser.seriousAccessibilityViolations();
            if (!found.isEmpty()) {
                problems.put(name + " (" + language + ")", found);
            }
            for (int width : List.of(1366, 390)) {
                browser.width(width);
                open(path);
                assertThat(Files.size(browser.screenshot(name + "-" + language + "-" + width))).isPositive();
            }
            browser.width(1366);
        }
    }

    private void tabUntil(java.util.function.Predicate<WebElement> target, int maxTabs) {
        Actions keys = new Actions(browser.driver);
        for (int i = 0; i < maxTabs; i++) {
            keys.sendKeys(Keys.TAB).perform();
            if (target.test(focused())) {
                return;
            }
        }
        throw new AssertionError("not reached with " + maxTabs + " tabs; focus on " + focused().getTagName() + " " + focused().getText());
    }

    private void waitForMaps() {
        if (!browser.driver.findElements(By.cssSelector(".map[data-list]")).isEmpty()) {
            wait.until(d -> d.findElements(By.cssSelector(".map .leaflet-outlines-pane path")).size() > 10);
        }
    }

    private WebElement focused() {
        return browser.driver.switchTo().activeElement();
    }

    private void open(String path) {
        browser.driver.get("http://localhost:" + server.getPort() + path);
    }

    private WebElement html() {
        return browser.driver.findElement(By.tagName("html"));
    }

    private WebElement byId(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }
}
