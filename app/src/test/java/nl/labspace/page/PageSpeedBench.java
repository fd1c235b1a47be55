package nl.labspace.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;

/**
 * The page benchmark (scripts/bench-pages.sh, BENCHMARKS.md "Pages"), not a test: it runs only with -Dbench.url
 * pointing at a running demo. Each page is loaded in headless Chromium bench.loads times (20); from the browser's
 * navigation timing it takes the server time (request sent to first byte) and first contentful paint, after five
 * unmeasured loads; and, from one load with the browser's cache off, the page's weight: the bytes of the page and
 * everything it loads, without the map outlines. The consoles are measured signed in as their roles. Writes
 * target/bench-pages/summary.md.
 */
@EnabledIfSystemProperty(named = "bench.url", matches = ".+")
class PageSpeedBench {

    private static final String TIMING = """
            var nav = performance.getEntriesByType('navigation')[0];
            var fcp = performance.getEntriesByName('first-contentful-paint')[0];
            var bytes = nav.encodedBodySize;
            performance.getEntriesByType('resource').forEach(function (r) {
              if (r.name.indexOf('/regions/') < 0) { bytes += r.encodedBodySize; }
            });
            return [nav.responseStart - nav.requestStart, fcp ? fcp.startTime : -1, bytes];""";

    @Test
    void pages() throws IOException, InterruptedException {
        String base = System.getProperty("bench.url");
        int loads = Integer.getInteger("bench.loads", 20);
        Map<String, List<double[]>> results = new LinkedHashMap<>();
        try (Browser browser = new Browser()) {
            browser.driver.get(base + "/search?region=PV28");
            String unit = browser.driver.findElement(By.cssSelector("a[href^='/units/']")).getAttribute("href");
            browser.driver.get(unit);
            String campus = browser.driver.findElement(By.cssSelector("a[href^='/campuses/']")).getAttribute("href");
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("landing", base + "/");
            pages.put("search", base + "/search?near=52.166,4.482&withinKm=50&containment=ML-II&sort=distance");
            pages.put("unit", unit);
            pages.put("campus", campus);
            pages.put("sign-in", base + "/login");
            measure(browser, pages, loads, results);
            // the consoles, each as its role sees it on the demo
            for (String[] console : CONSOLES) {
                browser.signIn(base, console[0]);
                measure(browser, Map.of(console[1], base + console[2]), loads, results);
            }
        }
        StringBuilder md = new StringBuilder("| page | server time p50 / p95 ms | first contentful paint p50 / p95 ms | "
                + "page weight without map outlines |\n|---|---|---|---|\n");
        results.forEach((page, runs) -> md.append("| %s | %.1f / %.1f | %.0f / %.0f | %.0f kB |%n".formatted(page,
                pct(runs, 0, 50), pct(runs, 0, 95), pct(runs, 1, 50), pct(runs, 1, 95), runs.get(0)[2] / 1024)));
        Path out = Path.of("target/bench-pages/summary.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.println(md);
        assertThat(results).hasSize(5 + CONSOLES.length);
    }

    /** Role account, page name, path: the signed-in pages measured after the public ones. */
    private static final String[][] CONSOLES = {
            {"founder@labspace.demo", "company console", "/console/company"},
            {"leiden@labspace.demo", "campus console", "/console/campus"},
            {"admin@labspace.demo", "admin: matching runs", "/console/admin/runs"},
            {"admin@labspace.demo", "admin: accounts", "/console/admin/accounts"},
            {"admin@labspace.demo", "admin: audit log", "/console/admin/audit"},
            {"randstad-fund@labspace.demo", "fund manager: dashboard", "/console/fund?level=corop"}};

    /** Each page loaded WARM_UP times unmeasured (the JIT, the connection), then loads times measured. */
    private static final int WARM_UP = 5;

    private static void measure(Browser browser, Map<String, String> pages, int loads, Map<String, List<double[]>> results)
            throws InterruptedException {
        for (Map.Entry<String, String> page : pages.entrySet()) {
            // the page's weight: one load with the browser's cache off, so every byte it needs is counted
            browser.driver.executeCdpCommand("Network.enable", Map.of());
            browser.driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            browser.driver.get(page.getValue());
            double weight = ((Number) ((List<?>) browser.script(TIMING)).get(2)).doubleValue();
            browser.driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
            for (int i = 0; i < WARM_UP; i++) {
                browser.driver.get(page.getValue());
            }
            List<double[]> runs = new ArrayList<>();
            for (int i = 0; i < loads; i++) {
                browser.driver.get(page.getValue());
                Thread.sleep(150); // first contentful paint is recorded just after load
                List<?> t = (List<?>) browser.script(TIMING);
                runs.add(new double[] {((Number) t.get(0)).doubleValue(), ((Number) t.get(1)).doubleValue(),
                        ((Number) t.get(2)).doubleValue()});
            }
            runs.get(0)[2] = weight;
            results.put(page.getKey(), runs);
        }
    }

    private static double pct(List<double[]> runs, int column, int p) {
        double[] values = runs.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return values[Math.min(values.length - 1, (int) Math.round(p / 100.0 * (values.length - 1)))];
    }
}
