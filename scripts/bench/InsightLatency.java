import java.io.IOException;
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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Latency of each insight request for scripts/bench-insight.sh: one request kind after the other, CLIENTS clients
 * sending it back to back (closed loop), WARMUP requests first and then REQUESTS measured ones, so each row is the
 * time the server takes for that request alone, not a mix. The aggregate endpoints' target (issue 18 point 12) is
 * p95 at most 100 ms on the search benchmark's national-scale database.
 *
 *   java scripts/bench/InsightLatency.java BASE_URL MIX_FILE CLIENTS WARMUP REQUESTS [actor=token ...]
 *
 * MIX_FILE: one request per line, "ACTOR PATH [ACCEPT]" (ACTOR "-" is anonymous). Prints one Markdown row per line:
 * count, p50, p95, p99, max (ms), answer bytes, non-2xx.
 */
public class InsightLatency {

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        List<String> mix = Files.readAllLines(Path.of(args[1]));
        int clients = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        int requests = Integer.parseInt(args[4]);
        Map<String, String> tokens = new HashMap<>();
        Arrays.stream(args, 5, args.length).forEach(a -> tokens.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1)));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        System.out.println("| request | as | count | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | bytes | non-2xx |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        for (String line : mix) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 2 || f[0].startsWith("#")) {
                continue;
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(f[1])).timeout(Duration.ofSeconds(30))
                    .header("Accept", f.length > 2 ? f[2] : "application/json");
            if (!f[0].equals("-")) {
                b.header("Authorization", "Bearer " + tokens.get(f[0]));
            }
            HttpRequest request = b.build();
            run(http, pool, request, clients, warmup);
            Result r = run(http, pool, request, clients, requests);
            long[] ns = r.nanos().stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "| `%s` | %s | %d | %.1f | %.1f | %.1f | %.1f | %d | %d |%n", f[1], f[0],
                    ns.length, pct(ns, 0.50), pct(ns, 0.95), pct(ns, 0.99), ns[ns.length - 1] / 1e6, r.bytes(), r.bad());
        }
        pool.shutdown();
    }

    record Result(List<Long> nanos, long bytes, int bad) {
    }

    static Result run(HttpClient http, ExecutorService pool, HttpRequest request, int clients, int total) throws Exception {
        List<Future<Result>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int share = total / clients + (c < total % clients ? 1 : 0);
            futures.add(pool.submit(() -> client(http, request, share)));
        }
        List<Long> nanos = new ArrayList<>();
        long bytes = 0;
        int bad = 0;
        for (Future<Result> f : futures) {
            Result r = f.get();
            nanos.addAll(r.nanos());
            bytes = Math.max(bytes, r.bytes());
            bad += r.bad();
        }
        return new Result(nanos, bytes, bad);
    }

    static Result client(HttpClient http, HttpRequest request, int count) throws IOException, InterruptedException {
        List<Long> nanos = new ArrayList<>();
        long bytes = 0;
        int bad = 0;
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            nanos.add(System.nanoTime() - start);
            bytes = answer.body().length;
            if (answer.statusCode() / 100 != 2) {
                bad++;
            }
        }
        return new Result(nanos, bytes, bad);
    }

    static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
