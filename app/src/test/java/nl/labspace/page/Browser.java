package nl.labspace.page;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven through /usr/bin/chromedriver (never a downloaded driver), with the flags this
 * closed network needs and a fresh profile; axe-core injected from the copy scripts/provision-browser.sh installs.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";
    static final String AXE_VERSION = "4.14.1";
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    final ChromeDriver driver;
    private final Path profile;

    Browser() {
        try {
            profile = Files.createTempDirectory("labspace-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--user-data-dir=" + profile, "--window-size=1366,900",
                "--lang=nl-NL");
        // a Dutch browser unless a test chooses otherwise; Chromium's headless default would be en-US
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** axe-core's serious and critical violations on the page shown: "rule: help (n nodes)". */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() {
        if (!Boolean.TRUE.equals(script("return typeof window.axe !== 'undefined';"))) {
            script(axeSource());
        }
        Map<String, Object> results = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r); })"
                        + ".catch(function (e) { done({violations: [{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]}); });");
        return ((List<Map<String, Object>>) results.get("violations")).stream()
                .filter(v -> List.of("serious", "critical").contains(v.get("impact")))
                .map(v -> "%s: %s (%d nodes, e.g. %s)".formatted(v.get("id"), v.get("help"), ((List<?>) v.get("nodes")).size(),
                        ((List<Map<String, Object>>) v.get("nodes")).stream().findFirst().map(n -> n.get("target")).orElse("-")))
                .toList();
    }

    /** The window's width for the pages that follow (set before a page loads, so its map is drawn at that width). */
    /**
     * The tablet widths (760-1140 px) at which the table's wrapper scrolls sideways on the page at url: none when the
     * table stacks or fits. The window is back at 1366 px afterwards.
     */
    List<Integer> tabletWidthsWhereTableScrolls(String url, String tableId) {
        List<Integer> scrolling = new java.util.ArrayList<>();
        for (int w : List.of(760, 900, 1024, 1140)) {
            width(w);
            driver.get(url);
            if (Boolean.TRUE.equals(script("const w = document.getElementById(arguments[0]).parentElement;"
                    + " return w.scrollWidth > w.clientWidth + 1;", tableId))) {
                scrolling.add(w);
            }
        }
        width(1366);
        return scrolling;
    }

    void width(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
    }

    /** The whole page at the window's width, saved as target/screenshots/NAME.png. */
    Path screenshot(String name) {
        int width = driver.manage().window().getSize().getWidth();
        long height = ((Number) script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);")).longValue();
        driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), 6000)));
        try {
            Thread.sleep(500); // let a map finish redrawing for the taller window (Leaflet animates its zoom)
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            driver.manage().window().setSize(new Dimension(width, 900));
        }
    }

    static String axeSource() {
        String tools = System.getenv().getOrDefault("LABSPACE_TOOLS_DIR",
                System.getenv().getOrDefault("XDG_CACHE_HOME", System.getProperty("user.home") + "/.cache") + "/labspace/tools");
        Path axe = Path.of(tools, "axe-core-" + AXE_VERSION, "node_modules", "axe-core", "axe.min.js");
        try {
            return Files.readString(axe);
        } catch (IOException e) {
            throw new IllegalStateException(axe + " is missing: run scripts/provision-browser.sh", e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }

    /** Signs in through the sign-in form as a demo account (a fresh session: cookies cleared first). */
    void signIn(String base, String email) {
        driver.get(base + "/");
        driver.manage().deleteAllCookies();
        driver.get(base + "/login");
        driver.findElement(org.openqa.selenium.By.id("email")).sendKeys(email);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys("labspace-demo");
        driver.findElement(org.openqa.selenium.By.cssSelector(".signin-form button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }
}
