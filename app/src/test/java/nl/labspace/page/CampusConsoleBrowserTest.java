package nl.labspace.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.labspace.account.TestSql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A campus manager's day in a real browser (headless Chromium) on the demo market: publish a unit with one bad
 * field (the error at the field, the values kept), fix it and publish, edit it (and lose a race: the edit is kept
 * and the current values shown), import a CSV with a bad row (the
 * row table), open the profile form, and reconfirm every stale unit in one click. Every page is checked with axe-core (no serious or critical violation)
 * and photographed at 1366 and 390 px in Dutch and English under app/target/screenshots/.
 */
@MicronautTest(transactional = false)
@Property(name = "labspace.demo.enabled", value = "true")
@Property(name = "labspace.demo.scale", value = "0.25")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampusConsoleBrowserTest {

    static final String MANAGER = "leiden@labspace.demo";

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

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
    void aCampusManagerPublishesEditsImportsAndKeepsTheProfile() throws Exception {
        browser.width(1366);
        signIn();
        for (String language : List.of("nl", "en")) {
            open("/language/" + language + "?back=/console/campus/units/new");
            fillUnit("Browser suite " + language, "veel");
            submit("#unit-form");
            await("form-problem");
            WebElement lab = byId("u-labM2");
            assertThat(lab.getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(lab.getDomProperty("value")).as("the typed value is kept").isEqualTo("veel");
            assertThat(lab.getDomAttribute("aria-describedby")).isEqualTo("e-labM2");
            assertThat(byId("e-labM2").isDisplayed()).isTrue();
            assertThat(byId("u-name").getDomProperty("value")).isEqualTo("Browser suite " + language);
            photographAsIs("campus-publish-error-" + language);
        }

        open("/language/en?back=/console/campus/units/new");
        byId("u-labM2").clear();
        fillUnit("Browser suite", "120");
        submit("#unit-form");
        awaitConsoleMessage();
        WebElement row = unitRow("Browser suite");
        String edit = row.findElement(By.cssSelector("a[href$='/edit']")).getDomAttribute("href");

        open(edit);
        WebElement rent = byId("u-rentPerM2Year");
        rent.clear();
        rent.sendKeys("351");
        TestSql sql = new TestSql(dataSource);
        sql.execute("UPDATE unit SET lab_m2 = 125, version = version + 1 WHERE name = 'Browser suite'"); // someone else saved
        submit("#unit-form");
        await("unit-changed");
        assertThat(byId("u-rentPerM2Year").getDomProperty("value")).as("the manager's edit is kept").isEqualTo("351");
        assertThat(byId("unit-changed").getText()).contains("125");
        photographAsIs("campus-edit-conflict-en");
        submit("#unit-form");
        awaitConsoleMessage();
        assertThat(unitRow("Browser suite").getText()).contains("120");

        for (String language : List.of("nl", "en")) {
            open("/language/" + language + "?back=/console/campus/import");
            Path file = Files.createTempFile("units", ".csv");
            Files.writeString(file, "id,name,lab_m2,office_m2,containment,gmp,features,available_from,available_until,"
                    + "rent_per_m2_year,min_term_months,max_term_months,status,delivery_month\n"
                    + ",Browser csv hall,200,20,ML-I,none,,2027-06,,300,12,,available,\n"
                    + ",Browser csv bad,-5,20,BSL-2,none,,2027-06,,300,12,,available,\n");
            browser.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            submit(".csv-upload");
            await("csv-problem-table");
            List<WebElement> rows = browser.driver.findElements(By.cssSelector("#csv-problem-table tbody tr"));
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getText()).contains("3").contains("lab_m2").contains("-5");
            assertThat(rows.get(1).getText()).contains("containment").contains("BSL-2");
            photographAsIs("campus-import-problems-" + language);
            Files.delete(file);
        }

        // one unit not confirmed for years: the console counts it and offers to reconfirm every stale unit at once
        sql.execute("UPDATE unit SET last_confirmed = DATE '2020-01-01' WHERE name = 'Browser suite'");
        open("/console/campus");
        assertThat(browser.driver.findElement(By.cssSelector(".console-menu .count.warn")).getText()).contains("1");
        // a leased unit shows its lease where the unit is listed: the tenant (or "a confidential tenant") and the months
        assertThat(browser.driver.findElements(By.cssSelector("#units-table .lease"))).as("the demo's leases in the units table")
                .isNotEmpty().allSatisfy(l -> assertThat(l.getText()).matches("(Verhuurd aan|Leased to) .+, \\S+ \\d{4} – \\S+ \\d{4}"));

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("campus-console", "/console/campus");
        pages.put("campus-publish", "/console/campus/units/new");
        pages.put("campus-edit", edit);
        pages.put("campus-import", "/console/campus/import");
        open("/console/campus");
        pages.put("campus-profile", browser.driver.findElement(By.cssSelector(".console-menu a[href$='/profile']")).getDomAttribute("href"));
        for (Map.Entry<String, String> page : pages.entrySet()) {
            photograph(page.getKey(), page.getValue());
        }
        open("/console/campus");
        submit("#reconfirm-all");
        awaitConsoleMessage();
        assertThat(browser.driver.findElements(By.id("reconfirm-all"))).isEmpty();
        assertThat(sql.column("SELECT (last_confirmed = (now() AT TIME ZONE 'Europe/Amsterdam')::date)::text FROM unit WHERE name = 'Browser suite'")).containsExactly("true");
        assertThat(problems).as("serious or critical axe-core violations on the campus console").isEmpty();
        assertFitsAtTabletWidths("/console/campus", "units-table");
    }

    /** At tablet widths a wide table stacks or fits: its wrapper never scrolls sideways. */
    private void assertFitsAtTabletWidths(String path, String tableId) {
        assertThat(browser.tabletWidthsWhereTableScrolls("http://localhost:" + server.getPort() + path, tableId))
                .as("widths at which %s scrolls inside its wrapper", tableId).isEmpty();
    }

    private void fillUnit(String name, String labM2) {
        WebElement nameField = byId("u-name");
        nameField.clear();
        nameField.sendKeys(name);
        byId("u-labM2").sendKeys(labM2);
        byId("u-officeM2").clear();
        byId("u-officeM2").sendKeys("30");
        byId("u-feature-fume-hood").click();
        browser.script("arguments[0].value = arguments[1]", byId("u-availableFrom"), "2027-04");
        byId("u-rentPerM2Year").clear();
        byId("u-rentPerM2Year").sendKeys("345");
    }

    private WebElement unitRow(String name) {
        return browser.driver.findElements(By.cssSelector("#units-table tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().startsWith(name + "\n") || r.findElement(By.tagName("th")).getText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + name));
    }

    /** A page in both languages: axe-core, then screenshots at 1366 and 390 px. */
    private void photograph(String name, String path) throws Exception {
        for (String language : List.of("nl", "en")) {
            open("/language/" + language + "?back=" + path);
            check(name + " (" + language + ")");
            for (int width : List.of(1366, 390)) {
                browser.width(width);
                open(path);
                assertThat(Files.size(browser.screenshot(name + "-" + language + "-" + width))).isPositive();
            }
            browser.width(1366);
        }
    }

    /** The page as a form answered it (not reloadable): axe-core, then both widths. */
    private void photographAsIs(String name) throws Exception {
        check(name);
        assertThat(Files.size(browser.screenshot(name + "-1366"))).isPositive();
        browser.width(390);
        assertThat(Files.size(browser.screenshot(name + "-390"))).isPositive();
        browser.width(1366);
    }

    private void check(String name) {
        List<String> found = browser.seriousAccessibilityViolations();
        if (!found.isEmpty()) {
            problems.put(name, found);
        }
    }

    private void submit(String formCss) {
        browser.driver.findElement(By.cssSelector(formCss + " button[type=submit]")).click();
    }

    private void awaitConsoleMessage() {
        await("console-message");
    }

    /** An element of the answer; on a timeout the page's own text says what went wrong. */
    private void await(String id) {
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no #" + id + " at " + browser.driver.getCurrentUrl() + "; the page says: "
                    + browser.driver.getPageSource(), e);
        }
    }

    private void signIn() {
        browser.signIn("http://localhost:" + server.getPort(), MANAGER);
    }

    private void open(String path) {
        browser.driver.get("http://localhost:" + server.getPort() + path);
    }

    private WebElement byId(String id) {
        return browser.driver.findElement(By.id(id));
    }
}
