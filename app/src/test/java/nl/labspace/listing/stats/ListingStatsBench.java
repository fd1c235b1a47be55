package nl.labspace.listing.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.labspace.db.listing.stats.ListingEventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What counting search appearances costs a search (BENCHMARKS.md, "Listing statistics"), not a test: it runs only
 * with -Dbench.stats=true. On the demo market, the same search mix is sent as a browser (its results counted) and
 * as Googlebot (not counted: the only difference is the counting), interleaved request by request so both see the
 * same machine; then the counting alone (ListingTraffic.shownInSearch for a page of 20 units) and one write of the
 * counts held in memory. Writes target/bench-stats/summary.md.
 */
@EnabledIfSystemProperty(named = "bench.stats", matches = "true")
@MicronautTest(transactional = false)
@Property(name = "labspace.demo.enabled", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingStatsBench {

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
    static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    static final List<String> MIX = List.of("region=PV28", "near=52.166,4.482&withinKm=25&sort=distance",
            "containment=ML-II&minLabM2=200", "region=PV26&page=2", "features=fume-hood&sort=size", "");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ListingTraffic traffic;

    @Inject
    ListingEvents events;

    @Test
    void searchWithAndWithoutCounting() throws IOException {
        int rounds = Integer.getInteger("bench.rounds", 1500);
        for (int i = 0; i < 300; i++) {
            search(MIX.get(i % MIX.size()), i % 2 == 0 ? BROWSER : GOOGLEBOT);
        }
        long[] counted = new long[rounds];
        long[] uncounted = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            String query = MIX.get(i % MIX.size());
            boolean browserFirst = i % 2 == 0;
            long first = search(query, browserFirst ? BROWSER : GOOGLEBOT);
            long second = search(query, browserFirst ? GOOGLEBOT : BROWSER);
            counted[i] = browserFirst ? first : second;
            uncounted[i] = browserFirst ? second : first;
        }
        StringBuilder md = new StringBuilder("| search (API, demo market, " + rounds + " each, interleaved) | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|\n");
        md.append(row("counted (a browser)", counted)).append(row("not counted (Googlebot)", uncounted));
        md.append("\n").append(countingAlone()).append("\n").append(oneWrite());
        Path out = Path.of("target/bench-stats");
        Files.createDirectories(out);
        Files.writeString(out.resolve("summary.md"), md);
        System.out.println(md);
    }

    /** The work counting adds to a search of 20 results, without HTTP or SQL: nanoseconds per page. */
    private String countingAlone() {
        List<UUID> page = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            page.add(UUID.randomUUID());
        }
        HttpRequest<?> request = HttpRequest.GET("/api/search/space").header("User-Agent", BROWSER);
        int calls = 200_000;
        for (int i = 0; i < calls; i++) {
            traffic.shownInSearch(request, page);
        }
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            traffic.shownInSearch(request, page);
        }
        long perPage = (System.nanoTime() - start) / calls;
        events.flush(); // the random units do not exist: the write drops them
        return "Counting a page of 20 results in memory (ListingTraffic.shownInSearch): " + perPage + " ns per search.\n";
    }

    /** One write of what a busy interval leaves in memory: every unit of the demo viewed and shown. */
    @SuppressWarnings("unchecked")
    private String oneWrite() {
        Map<String, Object> all = client.toBlocking().retrieve(HttpRequest.GET("/api/search/space?size=100")
                .header("User-Agent", GOOGLEBOT), Argument.mapOf(String.class, Object.class));
        List<UUID> units = ((List<Map<String, Object>>) all.get("items")).stream()
                .map(i -> UUID.fromString((String) ((Map<String, Object>) i.get("unit")).get("id"))).toList();
        long[] millis = new long[20];
        for (int r = 0; r < millis.length; r++) {
            for (int k = 0; k < 10; k++) {
                events.recordAll(units, ListingEventKind.SEARCH_APPEARANCE);
                events.recordAll(units, ListingEventKind.VIEW);
            }
            long start = System.nanoTime();
            events.flush();
            millis[r] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(millis);
        return "One write of %d counts (%d units x 2 kinds): median %.1f ms, slowest %.1f ms (off the request path, every 10 s).\n"
                .formatted(units.size() * 2, units.size(), millis[millis.length / 2] / 1000.0, millis[millis.length - 1] / 1000.0);
    }

    private long search(String query, String agent) {
        long start = System.nanoTime();
        client.toBlocking().exchange(HttpRequest.GET("/api/search/space?" + query).header("User-Agent", agent), String.class);
        return System.nanoTime() - start;
    }

    private static String row(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return "| %s | %.2f | %.2f | %.2f |\n".formatted(name, pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99));
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
