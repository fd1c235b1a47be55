package nl.labspace.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin's whole job in a real browser (headless Chromium) on the demo market: create an account (a broken rule
 * first, shown at its field), change a role, filter the audit log and page through it (the back button keeps the
 * filter), start a run and stop it, and watch a short run end (its Stop button hidden, its row refreshed). Every
 * admin page is checked with axe-core and photographed at 1366 and 390 px in Dutch and English under
 * app/target/screenshots/. The search never ends on its own here (no improvement limit), so a run solves until
 * stopped or out of budget.
 */
@MicronautTest(transactional = false)
@Property(name = "labspace.demo.enabled", value = "true")
@Property(name = "labspace.demo.scale", value = "0.25")
@Property(name = "labspace.matching.unimproved-seconds", value = "600")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminConsoleBrowserTest {

    private static final String NEW_EMAIL = "browser-admin-test@labspace.demo";

    @Inject
    EmbeddedServer server;

    @Inject
    DataSource dataSource;

    private Browser browser;
    private WebDriverWait wait;

    @BeforeAll
    void start() {
        browser = new Browser();
        wait = new WebDriverWait(browser.driver, Duration.ofSeconds(30));
        browser.width(1366);
        signIn("admin@labspace.demo");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void anAdminCreatesAnAccountAfterABrokenRuleAndChangesItsRole() {
        open("/language/en?back=/console/admin/accounts");
        byId("a-email").sendKeys(NEW_EMAIL);
        byId("a-displayName").sendKeys("Browser Test");
        byId("a-password").sendKeys("too-short");
        new Select(byId("a-role")).selectByValue("fund-manager");
        byId("a-regionCodes").sendKeys("PV26");
        byId("account-form").findElement(By.cssSelector("button[type=submit]")).click();
        awaitId("e-password");
        assertThat(byId("a-password").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(byId("a-password").getDomAttribute("aria-describedby")).contains("e-password");
        assertThat(byId("a-password").getDomProperty("value")).as("the password is never sent back").isEmpty();
        assertThat(byId("a-email").getDomProperty("value")).isEqualTo(NEW_EMAIL);
        assertThat(byId("a-regionCodes").getDomProperty("value")).isEqualTo("PV26");
        assertThat(text("#form-problem")).isNotBlank();

        byId("a-password").sendKeys("long enough password");
        byId("account-form").findElement(By.cssSelector("button[type=submit]")).click();
        awaitConsoleMessage();
        WebElement row = accountRow();
        assertThat(row.getText()).contains("Fund manager").contains("PV26");

        row.findElement(By.linkText("Change role")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("role-form")));
        assertThat(new Select(byId("c-role")).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("fund-manager");
        byId("c-regionCodes").clear();
        byId("c-wholeCountry").click();
        byId("role-form").findElement(By.cssSelector("button[type=submit]")).click();
        awaitConsoleMessage();
        assertThat(accountRow().getText()).contains("whole country");
        assertFitsAtTabletWidths("/console/admin/accounts", "accounts-table");
    }

    /** At tablet widths a wide table stacks or fits: its wrapper never scrolls sideways. */
    private void assertFitsAtTabletWidths(String path, String tableId) {
        assertThat(browser.tabletWidthsWhereTableScrolls("http://localhost:" + server.getPort() + path, tableId))
                .as("widths at which %s scrolls inside its wrapper", tableId).isEmpty();
    }

    @Test
    @Order(2)
    void anAdminFiltersTheAuditLogAndPagesThroughIt() throws Exception {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO audit_event (actor, action, subject) SELECT 'pager@labspace.demo', 'browser.paged', "
                    + "'item ' || n FROM generate_series(1, 70) AS n");
        }
        open("/language/en?back=/console/admin/audit");
        new Select(byId("f-action")).selectByValue("account.");
        byId("f-actor").sendKeys("admin@labspace.demo");
        byId("audit-form").findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("action=account."));
        assertThat(text("#audit-table")).contains("account.created").contains("account.role-changed").contains(NEW_EMAIL)
                .doesNotContain("login.");

        new Select(byId("f-action")).selectByValue("browser.paged");
        byId("f-actor").clear();
        byId("audit-form").findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("action=browser.paged"));
        assertThat(browser.driver.findElements(By.cssSelector("#audit-table tbody tr"))).hasSize(50);
        browser.driver.findElement(By.cssSelector("nav.pager a[rel=next]")).click();
        wait.until(ExpectedConditions.urlContains("page=2"));
        assertThat(browser.driver.findElements(By.cssSelector("#audit-table tbody tr"))).hasSize(20);
        assertThat(text("nav.pager a[aria-current=page]")).isEqualTo("2");
        browser.driver.navigate().back();
        wait.until(d -> !d.getCurrentUrl().contains("page=2"));
        assertThat(new Select(byId("f-action")).getFirstSelectedOption().getDomAttribute("value"))
                .as("back keeps the filter").isEqualTo("browser.paged");
        assertThat(browser.driver.findElements(By.cssSelector("#audit-table tbody tr"))).hasSize(50);
    }

    @Test
    @Order(3)
    void anAdminStartsARunAndStopsItAndAShortRunEndsOnItsOwn() throws Exception {
        open("/language/en?back=/console/admin/runs");
        // regions by name, with the keyboard alone: the provinces list is open, a Space checks one
        WebElement utrecht = browser.driver.findElement(By.cssSelector("#regions-province input[value=PV26]"));
        assertThat(utrecht.findElement(By.xpath("..")).getText()).isEqualTo("Utrecht");
        utrecht.sendKeys(Keys.SPACE);
        assertThat(utrecht.isSelected()).isTrue();
        // and Zuid-Holland, whose Leiden and Delft needs keep the search busy until it is stopped
        browser.driver.findElement(By.cssSelector("#regions-province input[value=PV28]")).sendKeys(Keys.SPACE);
        browser.driver.findElement(By.cssSelector("#regions-corop > summary")).sendKeys(Keys.ENTER);
        wait.until(d -> d.findElement(By.cssSelector("#regions-corop input[value=CR17]")).isDisplayed());
        byId("r-budget").sendKeys("300");
        byId("run-form").findElement(By.cssSelector("button[type=submit]")).click();
        awaitConsoleMessage();
        WebElement live = browser.driver.findElement(By.cssSelector(".live-run"));
        assertThat(text(".console-menu .count.warn")).contains("1");
        wait.until(d -> "searching".equals(d.findElement(By.cssSelector(".live-run .run-phase")).getText()));
        assertThat(browser.seriousAccessibilityViolations()).as("axe on a solving run").isEmpty();
        for (int width : List.of(1366, 390)) {
            browser.width(width);
            assertThat(Files.size(browser.screenshot("admin-runs-solving-en-" + width))).isPositive();
        }
        browser.width(1366);
        live = browser.driver.findElement(By.cssSelector(".live-run"));
        live.findElement(By.cssSelector("form.stop-run button")).click();
        wait.until(ExpectedConditions.urlContains("done=stopped"));
        assertThat(text("#console-message")).contains("stopped");
        assertThat(browser.driver.findElements(By.cssSelector(".live-run"))).isEmpty();
        WebElement stopped = browser.driver.findElement(By.cssSelector("#runs-table tbody tr"));
        assertThat(stopped.findElement(By.cssSelector(".row-status")).getText()).isEqualTo("stopped");
        assertThat(stopped.getText()).as("the scope by name").contains("Utrecht").doesNotContain("PV26");
        assertThat(stopped.findElement(By.cssSelector(".row-unserved")).getText()).endsWith("m²");
        assertThat(stopped.findElement(By.cssSelector(".row-solution")).isDisplayed()).isTrue();
        assertThat(stopped.findElement(By.cssSelector(".row-figures")).isDisplayed()).isTrue();
        assertThat(stopped.findElements(By.cssSelector("form.stop-run"))).isEmpty();

        byId("r-budget").sendKeys("3");
        byId("run-form").findElement(By.cssSelector("button[type=submit]")).click();
        awaitConsoleMessage();
        WebElement row = browser.driver.findElement(By.cssSelector("#runs-table tbody tr"));
        assertThat(row.findElement(By.cssSelector("form.stop-run")).isDisplayed()).isTrue();
        assertThat(row.findElement(By.cssSelector(".row-solution")).isDisplayed()).isFalse();
        wait.until(d -> !d.findElements(By.cssSelector(".live-run.done")).isEmpty());
        wait.until(d -> "finished".equals(row.findElement(By.cssSelector(".row-status")).getText()));
        assertThat(row.findElement(By.cssSelector("form.stop-run")).isDisplayed()).as("the Stop button hides: " + row.getDomProperty("outerHTML")
                + browser.script("return getComputedStyle(document.querySelector('#runs-table form.stop-run')).display")).isFalse();
        assertThat(browser.driver.findElement(By.cssSelector(".live-run form.stop-run")).isDisplayed()).isFalse();
        wait.until(d -> row.findElement(By.cssSelector(".row-solution")).isDisplayed());
        assertThat(row.findElement(By.cssSelector(".row-figures")).isDisplayed()).isTrue();
        assertThat(row.findElement(By.cssSelector(".row-matched")).getText()).contains(" of ");
    }

    @Test
    @Order(4)
    void everyAdminPageHasNoSeriousAccessibilityProblemAndIsPhotographed() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("admin-accounts-error", null);
        pages.put("admin-runs", "/console/admin/runs");
        pages.put("admin-accounts", "/console/admin/accounts");
        pages.put("admin-accounts-role", "/console/admin/accounts?edit=" + accountId());
        pages.put("admin-audit", "/console/admin/audit?action=account.");
        pages.put("admin-audit-error", "/console/admin/audit?from=2026-02-01&to=2026-01-01");
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (String language : List.of("nl", "en")) {
            open("/language/" + language + "?back=/console/admin/runs");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                for (int width : List.of(1366, 390)) {
                    browser.width(width);
                    show(page.getKey(), page.getValue());
                    if (width == 1366) {
                        List<String> found = browser.seriousAccessibilityViolations();
                        if (!found.isEmpty()) {
                            problems.put(page.getKey() + " (" + language + ")", found);
                        }
                    }
                    assertThat(Files.size(browser.screenshot(page.getKey() + "-" + language + "-" + width))).isPositive();
                }
                browser.width(1366);
            }
        }
        assertThat(problems).as("serious or critical axe-core violations on the admin pages").isEmpty();
    }

    /** Opens a page; the accounts page with a broken form when path is null (a form's answer has no address). */
    private void show(String name, String path) {
        if (path != null) {
            open(path);
            return;
        }
        open("/console/admin/accounts");
        byId("a-email").sendKeys("not an email");
        new Select(byId("a-role")).selectByValue("company");
        byId("account-form").findElement(By.cssSelector("button[type=submit]")).click();
        awaitId("form-problem");
    }

    private String accountId() {
        open("/console/admin/accounts");
        String href = browser.driver.findElement(By.cssSelector("#accounts-table tbody td a")).getDomAttribute("href");
        return href.replaceAll(".*edit=([0-9a-f-]{36}).*", "$1");
    }

    private WebElement accountRow() {
        return browser.driver.findElements(By.cssSelector("#accounts-table tbody tr")).stream()
                .filter(r -> r.getText().contains(NEW_EMAIL)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + NEW_EMAIL + " in " + text("#accounts-table")));
    }

    private void awaitId(String id) {
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no #" + id + " at " + browser.driver.getCurrentUrl() + "; the page says: "
                    + browser.driver.getPageSource(), e);
        }
    }

    private void awaitConsoleMessage() {
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("console-message")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no console message at " + browser.driver.getCurrentUrl() + "; the page says: "
                    + browser.driver.findElement(By.tagName("main")).getText(), e);
        }
    }

    private void signIn(String email) {
        browser.signIn("http://localhost:" + server.getPort(), email);
    }

    private void open(String path) {
        browser.driver.get("http://localhost:" + server.getPort() + path);
    }

    private WebElement byId(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }
}
