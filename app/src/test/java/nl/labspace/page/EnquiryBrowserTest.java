package nl.labspace.page;

import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.MANAGER_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.labspace.TestMarket;
import nl.labspace.TestMarketTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The round trip of an enquiry in a real browser: a company asks from the unit page, the campus manager finds it in
 * the inbox (counted unread in the menu) and answers, and the company reads the answer in its console. Every page on
 * the way is checked with axe-core (no serious or critical violation).
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class EnquiryBrowserTest extends TestMarketTest {

    @Inject
    EmbeddedServer server;

    private Browser browser;
    private WebDriverWait wait;
    private String unit;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    void start() {
        var reply = http.send(HttpRequest.POST("/api/campuses/" + TestMarket.CAMPUS_A + "/units", """
                {"name":"Suite B1","labM2":220,"officeM2":60,"containment":"ML-II","availableFrom":"2027-04",
                 "rentPerM2Year":310,"version":0}""").contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(http.token(MANAGER_A)));
        unit = (String) http.object(reply).get("id");
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
    void anEnquiryGoesFromTheUnitPageToTheCampusAndTheAnswerComesBack() {
        signIn(COMPANY_Y_USER);
        open("/language/en?back=/units/" + unit);
        check("unit page with the form");
        WebElement message = byId("ask-message");
        message.sendKeys("Can we visit next week?");
        message.sendKeys(org.openqa.selenium.Keys.ENTER);
        message.sendKeys("We are <b>two</b> people.");
        byId("ask-form").findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("console-message")));
        assertThat(byId("console-message").getText()).isEqualTo("Your enquiry is sent to the campus.");
        check("the company's thread");

        signIn(MANAGER_A);
        open("/console/campus");
        // the test market's anonymous enquiry of company X waits too
        assertThat(byId("enquiry-unread").getText()).isEqualTo("2 unread");
        byId("enquiry-unread").click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("threads")));
        check("the campus inbox");
        byId("threads").findElement(By.linkText("Suite B1")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages")));
        WebElement text = browser.driver.findElement(By.cssSelector("#messages .message-text"));
        assertThat(text.getText()).isEqualTo("Can we visit next week?\nWe are <b>two</b> people.");
        assertThat(byId("thread-asker").getText()).contains("Yarrow Diagnostics");
        check("the campus's thread");
        byId("reply-message").sendKeys("Yes: Tuesday at 10:00.");
        byId("reply-form").findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("console-message")));
        assertThat(browser.driver.findElements(By.cssSelector("#messages .message-text"))).hasSize(2);

        signIn(COMPANY_Y_USER);
        open("/console/company");
        assertThat(byId("enquiry-unread").getText()).isEqualTo("1 unread");
        open("/console/company/enquiries");
        byId("threads").findElement(By.linkText("Suite B1")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("messages")));
        assertThat(browser.driver.findElements(By.cssSelector("#messages .message-text"))).last()
                .extracting(WebElement::getText).isEqualTo("Yes: Tuesday at 10:00.");
        check("the company reads the answer");
        assertThat(problems).as("serious or critical axe-core violations").isEmpty();
    }

    private void signIn(String email) {
        browser.driver.get(base() + "/");
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(base() + "/login");
        byId("email").sendKeys(email);
        byId("password").sendKeys(TestMarket.PASSWORD);
        browser.driver.findElement(By.cssSelector(".signin-form button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        open("/language/en?back=/");
    }

    private void open(String path) {
        browser.driver.get(base() + path);
    }

    private void check(String page) {
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(page + ": " + v));
    }

    private WebElement byId(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private String base() {
        return "http://localhost:" + server.getPort();
    }
}
