package nl.labspace.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The mends found in a real browser (issue 19, point 1): the language switch on a form's answer keeps the page and
 * the typed values; "Back to search" returns to the search with its filters and page; on a phone the filters are a
 * drawer (closed, with the number of active filters) and on a laptop open; month fields read the same in both
 * languages (no Chromium month control); an error summary links to its fields.
 */
@MicronautTest(transactional = false)
@Property(name = "labspace.demo.enabled", value = "true")
@Property(name = "labspace.demo.scale", value = "0.25")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MendsBrowserTest {

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
    void laptop() {
        browser.width(1366);
    }

    @Test
    void switchingLanguageOnAFormsAnswerKeepsThePageAndTheTypedValues() {
        browser.signIn(base(), "leiden@labspace.demo");
        open("/language/nl?back=/console/campus/units/new");
        byId("u-name").sendKeys("Switch suite");
        byId("u-labM2").sendKeys("veel");
        submit("#unit-form");
        await("form-problem");
        String dutchError = byId("e-labM2").getText();

        browser.driver.findElement(By.cssSelector("header .languages a[hreflang=en]")).click();
        wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
        assertThat(browser.driver.findElements(By.id("unit-form"))).as("the form, not an error page, at " + url()).hasSize(1);
        assertThat(byId("u-name").getDomProperty("value")).as("the typed name is kept").isEqualTo("Switch suite");
        assertThat(byId("u-labM2").getDomProperty("value")).as("the typed area is kept").isEqualTo("veel");
        assertThat(dutchError).isEqualTo("Labruimte (m²): moet een geheel getal zijn");
        assertThat(byId("e-labM2").getText()).as("the error in English").isEqualTo("Lab space (m²): must be a whole number");
        assertThat(byId("form-problem").getText()).startsWith("Nothing was saved");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the kept answer").isEmpty();
        shots("mends-kept-answer-en");

        // and back to Dutch, then send the form as it is: still the same answer
        browser.driver.findElement(By.cssSelector("header .languages a[hreflang=nl]")).click();
        wait.until(d -> "nl".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
        assertThat(byId("e-labM2").getText()).isEqualTo(dutchError);
        byId("u-labM2").clear();
        byId("u-labM2").sendKeys("80");
        byId("u-officeM2").sendKeys("30");
        browser.script("arguments[0].value = arguments[1]", byId("u-availableFrom"), "2027-04");
        byId("u-rentPerM2Year").sendKeys("345");
        submit("#unit-form");
        await("console-message");
    }

    @Test
    void backToSearchReturnsToTheSearchWithItsFiltersAndPage() {
        String search = "/search?containment=ML-I&includePipeline=true&size=3&page=2";
        open(search);
        String first = browser.driver.findElement(By.cssSelector("#results h3 a")).getDomAttribute("href");
        browser.driver.findElement(By.cssSelector("#results h3 a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-facts")));
        assertThat(url()).endsWith(first);
        browser.driver.findElement(By.cssSelector("main a[href^='/search']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results")));
        URI back = URI.create(url());
        assertThat(back.getPath()).isEqualTo("/search");
        assertThat(back.getQuery()).contains("containment=ML-I").contains("includePipeline=true").contains("size=3").contains("page=2");
        assertThat(byId("f-containment").getDomProperty("value")).isEqualTo("ML-I");
    }

    @Test
    void onAPhoneTheFiltersAreAClosedDrawerThatCountsActiveFiltersAndOnALaptopOpen() throws Exception {
        String search = "/search?containment=ML-I&gmp=C&features=fume-hood";
        browser.width(390);
        open(search);
        WebElement drawer = browser.driver.findElement(By.cssSelector(".filters details"));
        assertThat(drawer.getDomAttribute("open")).as("closed on a phone").isNull();
        assertThat(byId("f-region").isDisplayed()).isFalse();
        WebElement summary = drawer.findElement(By.tagName("summary"));
        assertThat(summary.getText()).as("the drawer counts the active filters").contains("3");
        int closedAt = browser.driver.findElement(By.id("results")).getLocation().getY();
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the closed drawer").isEmpty();
        assertThat(Files.size(browser.screenshot("mends-search-drawer-closed-390"))).isPositive();
        summary.sendKeys(Keys.ENTER);
        wait.until(d -> byId("f-region").isDisplayed());
        assertThat(browser.driver.findElement(By.id("results")).getLocation().getY() - closedAt)
                .as("the closed drawer keeps the filters' height off the way to the results").isGreaterThan(600);
        assertThat(Files.size(browser.screenshot("mends-search-drawer-open-390"))).isPositive();

        browser.width(1366);
        open(search);
        assertThat(browser.driver.findElement(By.cssSelector(".filters details")).getDomAttribute("open")).as("open on a laptop").isNotNull();
        assertThat(byId("f-region").isDisplayed()).isTrue();
        assertThat(Files.size(browser.screenshot("mends-search-drawer-1366"))).isPositive();
        // a filter changed in place (htmx) updates the drawer's count too
        new org.openqa.selenium.support.ui.Select(byId("f-gmp")).selectByValue("");
        wait.until(d -> d.getCurrentUrl().contains("gmp=&") || !d.getCurrentUrl().contains("gmp=C"));
        wait.until(d -> byId("filter-count").getText().contains("2"));
    }

    @Test
    void monthFieldsReadTheSameInBothLanguages() {
        browser.signIn(base(), "leiden@labspace.demo");
        for (String language : List.of("nl", "en")) {
            for (String page : List.of("/search", "/console/campus/units/new")) {
                open("/language/" + language + "?back=" + page);
                assertThat(browser.driver.findElements(By.cssSelector("input[type=month]"))).as(page + " has no month control").isEmpty();
            }
            WebElement from = byId("u-availableFrom");
            String hint = byId(from.getDomAttribute("aria-describedby")).getText();
            assertThat(hint).as("a hint says how to write a month").contains(language.equals("nl") ? "jjjj-mm" : "yyyy-mm").contains("2027-05");
        }
        browser.signIn(base(), "founder@labspace.demo");
        open("/language/nl?back=/console/company");
        assertThat(browser.driver.findElements(By.cssSelector("input[type=month]"))).as("the need form has no month control").isEmpty();
    }

    @Test
    void anErrorSummaryLinksToItsFields() {
        browser.signIn(base(), "leiden@labspace.demo");
        open("/language/nl?back=/console/campus/units/new");
        byId("u-name").sendKeys("Summary suite");
        byId("u-labM2").sendKeys("veel");
        submit("#unit-form");
        await("form-problem");
        WebElement link = browser.driver.findElement(By.cssSelector("#form-problem a[href='#u-labM2']"));
        assertThat(link.getText()).contains("Labruimte");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the error summary").isEmpty();
        link.click();
        wait.until(d -> "u-labM2".equals(d.switchTo().activeElement().getDomAttribute("id")));

        browser.signIn(base(), "founder@labspace.demo");
        open("/language/en?back=/console/company");
        browser.driver.findElement(By.cssSelector("#post > summary")).click();
        byId("n-labM2").sendKeys("-1");
        browser.driver.findElement(By.cssSelector("#need-form button[type=submit]")).click();
        await("form-problem");
        browser.driver.findElement(By.cssSelector("#form-problem a[href='#n-labM2']")).click();
        wait.until(d -> "n-labM2".equals(d.switchTo().activeElement().getDomAttribute("id")));
    }

    /** The page as it is (a form's answer) at 1366 and 390 px. */
    private void shots(String name) {
        try {
            assertThat(Files.size(browser.screenshot(name + "-1366"))).isPositive();
            browser.width(390);
            assertThat(Files.size(browser.screenshot(name + "-390"))).isPositive();
            browser.width(1366);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void submit(String formCss) {
        browser.driver.findElement(By.cssSelector(formCss + " button[type=submit]")).click();
    }

    private void await(String id) {
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no #" + id + " at " + url() + "; the page says: " + browser.driver.getPageSource(), e);
        }
    }

    private String url() {
        return browser.driver.getCurrentUrl();
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
