package nl.labspace.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;
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
 * A campus manager adds a photo to a unit in the console of a real browser (headless Chromium) on the demo market,
 * has a renamed text file refused by name, and then the photo is on the unit page (with its description as alt text)
 * and its thumbnail beside the unit in search results, in Dutch and English. The demo's own drawn pictures show too.
 * Each page is checked with axe-core (no serious or critical violation) and photographed under app/target/screenshots/.
 */
@MicronautTest(transactional = false)
@Property(name = "labspace.demo.enabled", value = "true")
@Property(name = "labspace.demo.scale", value = "0.25")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhotosBrowserTest {

    static final String MANAGER = "leiden@labspace.demo";

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
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aManagerUploadsAPhotoThatShowsOnTheUnitPageAndInSearch() throws Exception {
        TestSql sql = new TestSql(dataSource);
        assertThat(sql.count("unit_file")).as("the demo's drawn pictures").isPositive();
        String unit = sql.column("""
                SELECT u.id FROM unit u JOIN account_campus ac ON ac.campus_id = u.campus_id JOIN account a ON a.id = ac.account_id
                WHERE a.email = '%s' AND u.status = 'available' AND u.last_confirmed >= current_date - 30
                  AND NOT EXISTS (SELECT 1 FROM unit_file f WHERE f.unit_id = u.id) ORDER BY u.name LIMIT 1""".formatted(MANAGER)).get(0);
        String campus = sql.column("SELECT campus_id FROM unit WHERE id = '" + unit + "'").get(0);
        browser.signIn("http://localhost:" + server.getPort(), MANAGER);
        String page = "/console/campus/units/" + unit + "/files";

        open("/language/en?back=" + page);
        Path fake = Files.createTempFile("notes", ".jpg");
        Files.writeString(fake, "not a picture at all");
        byId("upload-file").sendKeys(fake.toString());
        submit("#upload-form");
        await("upload-problem");
        assertThat(byId("upload-problem").getText()).contains(fake.getFileName().toString()).contains("not a JPEG or PNG");
        assertThat(sql.count("unit_file WHERE unit_id = '" + unit + "'")).isZero();
        Files.delete(fake);

        Path photo = Files.createTempFile("lab-north", ".png");
        ImageIO.write(nl.labspace.photo.BrowserPictures.picture(640, 400), "png", photo.toFile());
        byId("upload-file").sendKeys(photo.toString());
        byId("upload-caption").sendKeys("Lab with two fume hoods, looking north");
        submit("#upload-form");
        await("console-message");
        assertThat(browser.driver.findElements(By.cssSelector("#file-list li"))).hasSize(1);
        check("console files en");
        Files.delete(photo);

        for (String language : List.of("nl", "en")) {
            open("/language/" + language + "?back=/units/" + unit);
            WebElement img = browser.driver.findElement(By.cssSelector("#unit-files .gallery img"));
            assertThat(img.getDomAttribute("alt")).isEqualTo("Lab with two fume hoods, looking north");
            assertThat(loaded(img)).as("the thumbnail is shown").isTrue();
            check("unit page " + language);
            browser.screenshot("photos-unit-" + language);

            open("/language/" + language + "?back=" + java.net.URLEncoder.encode("/search?campus=" + campus + "&size=100", "UTF-8"));
            WebElement result = browser.driver.findElement(By.xpath("//li[contains(@class,'result')][.//a[@href='/units/" + unit + "']]"));
            WebElement thumbnail = result.findElement(By.cssSelector("img.result-thumbnail"));
            assertThat(thumbnail.getDomAttribute("src")).startsWith("/api/units/" + unit + "/files/").endsWith("/thumbnail");
            assertThat(loaded(thumbnail)).isTrue();
            check("search " + language);
            browser.screenshot("photos-search-" + language);
        }
    }

    private boolean loaded(WebElement img) {
        wait.until(d -> Boolean.TRUE.equals(browser.script("return arguments[0].complete;", img)));
        return ((Number) browser.script("return arguments[0].naturalWidth;", img)).intValue() > 0;
    }

    private void check(String what) {
        assertThat(browser.seriousAccessibilityViolations()).as("axe on " + what).isEmpty();
    }

    private void submit(String formCss) {
        browser.driver.findElement(By.cssSelector(formCss + " button[type=submit]")).click();
    }

    private void await(String id) {
        try {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no #" + id + " at " + browser.driver.getCurrentUrl() + "; the page says: "
                    + browser.driver.getPageSource(), e);
        }
    }

    private void open(String path) {
        browser.driver.get("http://localhost:" + server.getPort() + path);
    }

    private WebElement byId(String id) {
        return browser.driver.findElement(By.id(id));
    }
}
