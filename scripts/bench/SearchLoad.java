import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Open-loop load for scripts/bench-search.sh: sends the request mix round-robin at a fixed rate, whatever the
 * answers, and measures each latency from the moment the request was DUE (not sent), so a stalled server shows up
 * in the percentiles instead of silently lowering the rate (no coordinated omission).
 *
 *   java scripts/bench/SearchLoad.java BASE_URL MIX_FILE RATE_PER_S SECONDS WARMUP_SECONDS [actor=token ...]
 *
 * MIX_FILE: one request per line, "ACTOR PATH" (ACTOR "-" is anonymous; an Accept header may follow as a third field).
 * Prints one Markdown row per request kind and overall: count, achieved rate, p50, p99, max, non-2xx.
 */
public class SearchLoad {

    record Request(String kind, String actor, String path, String accept) {
    }

    record Sample(String kind, long nanos, int status) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<Request> mix = read(Path.of(args[1]));
        double rate = Double.parseDouble(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        Map<String, String> tokens = new HashMap<>();
        Arrays.stream(args).skip(5).map(a -> a.split("=", 2)).forEach(kv -> tokens.put(kv[0], kv[1]));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(5)).build();
        run(client, base, mix, tokens, rate, warmup, false);
        List<Sample> samples = run(client, base, mix, tokens, rate, seconds, true);
        report(samples, seconds);
        System.exit(0);
    }

    static List<Request> read(Path file) throws Exception {
        List<Request> mix = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 2 && !f[0].startsWith("#")) {
                String accept = f.length > 2 ? f[2] : "application/json";
                String kind = f[1].substring(0, f[1].indexOf('?') < 0 ? f[1].length() : f[1].indexOf('?'))
                        + (f[1].contains("format=geojson") || accept.contains("geo") ? " (GeoJSON)" : "");
                mix.add(new Request(kind, f[0], f[1], accept));
            }
        }
        return mix;
    }

    static List<Sample> run(HttpClient client, String base, List<Request> mix, Map<String, String> tokens, double rate,
                            int seconds, boolean record) throws InterruptedException {
        int total = (int) (rate * seconds);
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Request r = mix.get(i % mix.size());
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + r.path())).timeout(Duration.ofSeconds(10))
                    .header("Accept", r.accept());
            if (!r.actor().equals("-")) {
                b.header("Authorization", "Bearer " + tokens.get(r.actor()));
            }
            client.sendAsync(b.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((resp, err) -> {
                samples.add(new Sample(r.kind(), System.nanoTime() - due, err == null ? resp.statusCode() : 599));
                done.countDown();
            });
        }
        done.await(30, TimeUnit.SECONDS);
        return record ? new ArrayList<>(samples) : List.of();
    }

    static void report(List<Sample> samples, int seconds) {
        System.out.println("| requests | count | rate (req/s) | p50 (ms) | p99 (ms) | max (ms) | non-2xx |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        samples.stream().map(Sample::kind).distinct().sorted()
                .forEach(k -> row(k, samples.stream().filter(s -> s.kind().equals(k)).toList(), seconds));
        row("**all**", samples, seconds);
    }

    static void row(String name, List<Sample> s, int seconds) {
        long[] ns = s.stream().mapToLong(Sample::nanos).sorted().toArray();
        long bad = s.stream().filter(x -> x.status() < 200 || x.status() > 299).count();
        System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %.1f | %d |%n", name, ns.length, ns.length / (double) seconds,
                pct(ns, 0.50), pct(ns, 0.99), ns[ns.length - 1] / 1e6, bad);
    }

    static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
