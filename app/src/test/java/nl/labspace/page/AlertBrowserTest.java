package nl.labspace.page;

import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.MANAGER_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.labspace.TestMarket;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import nl.labspace.alert.AlertJob;
import nl.labspace.mail.ReceivedMail;
import nl.labspace.mail.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 19's "done when" for alerts, in a real browser: a company saves a search from the search page, a campus
 * publishes a matching unit, the alert mail arrives (GreenMail) and its unsubscribe link, opened without being
 * signed in, stops the alert. The alert pages pass axe-core (no serious or critical violation) in Dutch and English.
 */
@MicronautTest(transactional = false)
class AlertBrowserTest extends TestMarketTest implements TestPropertyProvider {

    @RegisterExtension
    static final TestMail mail = TestMail.start();

    @Override
    public Map<String, String> getProperties() {
        return mail.properties();
    }

    @Inject
    EmbeddedServer server;

    @Inject
    AlertJob job;

    private Browser browser;
    private WebDriverWait wait;
    private final List<String> problems = new ArrayList<>();

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
    void aSearchSavedInTheBrowserMailsAMatchingUnitAndItsUnsubscribeLinkWorks() {
        signIn(COMPANY_X_USER);
        open("/search?near=52.1687%2C4.4650&withinKm=10&minLabM2=900");
        browser.driver.findElement(By.cssSelector("#save-search a")).click();
        wait.until(d -> d.getCurrentUrl().contains("/console/alerts"));
        assertThat(browser.driver.findElement(By.id("a-search")).getDomProperty("value"))
                .isEqualTo("minLabM2=900&near=52.1687%2C4.4650&withinKm=10");
        browser.driver.findElement(By.id("a-name")).sendKeys("Big labs near Leiden");
        new Select(browser.driver.findElement(By.id("a-frequency"))).selectByValue("instant");
        browser.driver.findElement(By.cssSelector("#alert-form button[type=submit]")).click();
        wait.until(d -> !d.findElements(By.id("alerts-message")).isEmpty());
        assertThat(browser.driver.findElement(By.id("alerts-table")).getText()).contains("Big labs near Leiden");
        check("alerts nl");
        open("/language/en?back=/console/alerts");
        check("alerts en");
        browser.driver.findElement(By.cssSelector("#alerts-table a.button")).click();
        wait.until(d -> !d.findElements(By.id("alert-form")).isEmpty());
        check("edit en");
        open("/language/nl?back=/console/alerts");

        publishMatchingUnit();
        job.runDue(OffsetDateTime.now());
        ReceivedMail m = mail.awaitTo(COMPANY_X_USER, "alert-space");
        assertThat(m.subject()).isEqualTo("Labspace: 1 nieuwe of gewijzigde ruimte voor Big labs near Leiden");
        assertThat(m.text()).contains("Browser suite");

        browser.driver.manage().deleteAllCookies();
        browser.driver.get(m.link("/alerts/unsubscribe/"));
        wait.until(d -> !d.findElements(By.id("unsubscribed")).isEmpty());
        assertThat(browser.driver.findElement(By.id("unsubscribed")).getText()).contains("Big labs near Leiden");
        check("unsubscribed nl");
        Reply mine = http.get("/api/alerts", http.token(COMPANY_X_USER));
        assertThat(http.list(mine)).singleElement().satisfies(s -> assertThat(s).containsEntry("status", "unsubscribed"));
        assertThat(problems).as("serious or critical axe-core violations on the alert pages").isEmpty();
    }

    private void publishMatchingUnit() {
        Reply created = http.send(HttpRequest.POST("/api/campuses/" + CAMPUS_A + "/units", """
                {"name":"Browser suite","labM2":950,"officeM2":50,"containment":"ML-II","gmp":"none","features":[],
                 "availableFrom":"2027-05","rentPerM2Year":320,"minTermMonths":12}""")
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(http.token(MANAGER_A)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private void check(String page) {
        browser.seriousAccessibilityViolations().forEach(v -> problems.add(page + ": " + v));
    }

    private void signIn(String email) {
        String base = "http://localhost:" + server.getPort();
        browser.driver.get(base + "/");
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(base + "/login");
        browser.driver.findElement(By.id("email")).sendKeys(email);
        browser.driver.findElement(By.id("password")).sendKeys(TestMarket.PASSWORD);
        browser.driver.findElement(By.cssSelector(".signin-form button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void open(String path) {
        browser.driver.get("http://localhost:" + server.getPort() + path);
    }
}
