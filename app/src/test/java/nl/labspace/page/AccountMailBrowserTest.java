package nl.labspace.page;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.labspace.TestMarketTest;
import nl.labspace.mail.ReceivedMail;
import nl.labspace.mail.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Accounts by email in a real browser: an admin invites a campus manager on the accounts page; the invitee opens the
 * link of the mail the SMTP server received, chooses a password (a mismatch first, shown at its field) and signs in;
 * a used link then says it no longer works. A forgotten password is reset from the sign-in page's link, and the
 * account page changes the password while staying signed in. Every page is checked with axe-core.
 */
@MicronautTest(transactional = false)
class AccountMailBrowserTest extends TestMarketTest implements TestPropertyProvider {

    private static final String INVITEE = "browser-invitee@test.nl";
    private static final String CHOSEN = "my own chosen passphrase";

    @RegisterExtension
    static final TestMail mail = TestMail.start();

    @Inject
    EmbeddedServer server;

    private Browser browser;
    private WebDriverWait wait;

    @Override
    public Map<String, String> getProperties() {
        return mail.properties();
    }

    @BeforeAll
    void startBrowser() {
        browser = new Browser();
        wait = new WebDriverWait(browser.driver, Duration.ofSeconds(30));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anInvitedManagerSetsAPasswordFromTheMailedLinkAndSignsIn() {
        signIn(ADMIN, PASSWORD);
        open("/console/admin/accounts");
        byId("i-email").sendKeys(INVITEE);
        byId("i-displayName").sendKeys("Bea Rowser");
        new Select(byId("i-language")).selectByValue("en");
        new Select(byId("i-role")).selectByValue("campus-manager");
        byId("i-campusIds").sendKeys("test-campus-a");
        assertAccessible();
        byId("invite-form").findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().contains("done=invited"));
        assertThat(byId("console-message").getText()).isEqualTo("De uitnodiging is onderweg.");
        signOut();

        ReceivedMail invite = mail.awaitTo(INVITEE, "account-invite");
        assertThat(invite.subject()).isEqualTo("Your invitation to Labspace NL");
        String link = invite.link("/password/set?token=");
        browser.driver.get(link);
        assertThat(byId("set-password-form").isDisplayed()).isTrue();
        assertAccessible();
        byId("new-password").sendKeys(CHOSEN);
        byId("repeat-password").sendKeys(CHOSEN + " typo");
        submit("set-password-form");
        assertThat(byId("repeat-password").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(byId("e-repeat").getText()).contains("moet hetzelfde wachtwoord zijn");
        assertAccessible();
        byId("new-password").sendKeys(CHOSEN);
        byId("repeat-password").sendKeys(CHOSEN);
        submit("set-password-form");
        wait.until(d -> d.getCurrentUrl().endsWith("/password/done"));
        byId("to-login").click();

        signIn(INVITEE, CHOSEN);
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("/login");
        open("/console/account");
        assertThat(byId("account-email").getText()).contains(INVITEE);

        browser.driver.get(link);
        assertThat(byId("link-broken").getText()).contains("werkt niet meer");
        assertAccessible();
    }

    @Test
    void aForgottenPasswordIsResetFromTheSignInPage() {
        browser.driver.manage().deleteAllCookies();
        open("/login");
        byId("forgot-link").click();
        assertAccessible();
        byId("forgot-email").sendKeys("manager-b@test.nl");
        submit("forgot-form");
        wait.until(d -> d.getCurrentUrl().contains("sent=1"));
        assertThat(byId("forgot-sent").getText()).startsWith("Als er een account met dit e-mailadres is");

        ReceivedMail reset = mail.awaitTo("manager-b@test.nl", "password-reset");
        browser.driver.get(reset.link("/password/set?token="));
        byId("new-password").sendKeys(CHOSEN);
        byId("repeat-password").sendKeys(CHOSEN);
        submit("set-password-form");
        wait.until(d -> d.getCurrentUrl().endsWith("/password/done"));

        signIn("manager-b@test.nl", CHOSEN);
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("/login");
    }

    @Test
    void anAccountChangesItsPasswordAndStaysSignedIn() {
        signIn("fund-zh@test.nl", PASSWORD);
        browser.driver.findElement(By.cssSelector("a.who")).click();
        assertAccessible();
        byId("p-currentPassword").sendKeys(PASSWORD);
        byId("p-newPassword").sendKeys(CHOSEN);
        byId("p-repeat").sendKeys(CHOSEN);
        submit("change-password-form");
        try {
            wait.until(d -> d.getCurrentUrl().contains("done=password-changed"));
        } catch (RuntimeException e) {
            throw new AssertionError(browser.driver.getCurrentUrl() + "\n" + browser.driver.getPageSource(), e);
        }
        assertThat(byId("password-changed").getText()).startsWith("Je wachtwoord is gewijzigd");

        open("/console/account");
        assertThat(byId("account-email").getText()).as("this browser stays signed in").contains("fund-zh@test.nl");
        assertThat(mail.awaitTo("fund-zh@test.nl", "password-changed").subject()).isEqualTo("Je wachtwoord is gewijzigd");
    }

    private void signIn(String email, String password) {
        browser.driver.manage().deleteAllCookies();
        open("/login");
        byId("email").sendKeys(email);
        byId("password").sendKeys(password);
        browser.driver.findElement(By.cssSelector(".signin-form button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void signOut() {
        browser.driver.findElement(By.cssSelector("form.signout button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/console"));
    }

    /** Sends a form and waits for the page that answers it (reading the old page's fields would race). */
    private void submit(String formId) {
        org.openqa.selenium.WebElement form = byId(formId);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(form));
    }

    private void assertAccessible() {
        assertThat(browser.seriousAccessibilityViolations()).as(browser.driver.getCurrentUrl()).isEmpty();
    }

    private void open(String path) {
        browser.driver.get(server.getURL() + path);
    }

    private WebElement byId(String id) {
        return browser.driver.findElement(By.id(id));
    }
}
