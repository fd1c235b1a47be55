import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Open-loop load for scripts/bench-search.sh: sends the request mix round-robin at a fixed rate, whatever the
 * answers, and measures each latency from the moment the request was DUE (not sent), so a stalled server shows up
 * in the percentiles instead of silently lowering the rate (no coordinated omission).
 *
 *   java scripts/bench/SearchLoad.java BASE_URL MIX_FILE RATE_PER_S SECONDS WARMUP_SECONDS [actor=token ...]
 *
 * MIX_FILE: one request per line, "ACTOR PATH" (ACTOR "-" is anonymous; an Accept header may follow as a third field).
 * Prints one Markdown row per request kind and overall: count, achieved rate, p50, p99, max, non-2xx; then the CPU
 * time this load generator itself used per request, since it shares the machine with the server.
 *
 * Why plain sockets and not java.net.http.HttpClient: on this 2-core machine the JDK client used about 1.5 ms of
 * CPU per request (its selector thread, CompletableFuture chains and header maps), a sixth of the machine at
 * 200 req/s taken from the server being measured. Here each of CONNECTIONS threads owns one keep-alive
 * HTTP/1.1 connection and takes due requests from one queue; a request that finds all of them busy waits in the
 * queue, and that wait counts in its latency.
 *
 * One file on purpose: the JDK's source launcher runs it as is ({@code java SearchLoad.java}), with no build step.
 */
public class SearchLoad {

    static final int CONNECTIONS = Integer.getInteger("connections", 48);
    static final int TIMEOUT_MS = 10_000;
    static final String APP_PID = System.getProperty("app.pid", "self");

    record Request(String kind, byte[] bytes) {
    }

    /**
     * A request due at a time, recorded into its own phase's samples (warm-up answers never leak into the measure).
     * A class, not a record: jobs sit in a set and must be equal only to themselves.
     */
    static final class Job {
        final Request request;
        final long due;
        private final ConcurrentLinkedQueue<Sample> sink;
        private final Set<Job> pending;

        Job(Request request, long due, ConcurrentLinkedQueue<Sample> sink, Set<Job> pending) {
            this.request = request;
            this.due = due;
            this.sink = sink;
            this.pending = pending;
        }

        /** Records the answer once: a late answer after the deadline's 599 is ignored. */
        void done(int status) {
            if (pending.remove(this)) {
                sink.add(new Sample(request.kind(), System.nanoTime() - due, status));
            }
        }
    }

    record Sample(String kind, long nanos, int status) {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        Map<String, String> tokens = new HashMap<>();
        Arrays.stream(args).skip(5).map(a -> a.split("=", 2)).forEach(kv -> tokens.put(kv[0], kv[1]));
        List<Request> mix = read(Path.of(args[1]), base, tokens);
        double rate = Double.parseDouble(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            Thread t = new Thread(new Connection(base, queue), "conn-" + i);
            t.setDaemon(true);
            t.start();
        }
        run(queue, mix, rate, warmup);
        long cpuBefore = cpuNanos();
        long[] machineBefore = Machine.ticks();
        long appBefore = Machine.processTicks(APP_PID);
        List<Sample> measured = run(queue, mix, rate, seconds);
        long cpu = cpuNanos() - cpuBefore;
        long[] machine = Machine.minus(Machine.ticks(), machineBefore);
        long app = Machine.processTicks(APP_PID) - appBefore;
        report(measured, seconds);
        int n = Math.max(1, measured.size());
        double loadMs = cpu / 1e6 / n;
        System.out.printf(Locale.ROOT, "%nCPU per request: app %.2f ms, database and the rest %.2f ms, load generator %.2f ms;"
                        + " machine %.0f %% busy, %.1f %% stolen by the hypervisor%n",
                Machine.ms(app) / n, Machine.ms(machine[0]) / n - Machine.ms(app) / n - loadMs, loadMs,
                100.0 * machine[0] / machine[1], 100.0 * machine[2] / machine[1]);
        System.exit(0);
    }

    static List<Request> read(Path file, URI base, Map<String, String> tokens) throws IOException {
        List<Request> mix = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 2 && !f[0].startsWith("#")) {
                String accept = f.length > 2 ? f[2] : "application/json";
                String kind = f[1].substring(0, f[1].indexOf('?') < 0 ? f[1].length() : f[1].indexOf('?'))
                        + (f[1].contains("format=geojson") || accept.contains("geo") ? " (GeoJSON)" : "");
                String auth = f[0].equals("-") ? "" : "Authorization: Bearer " + tokens.get(f[0]) + "\r\n";
                // a User-Agent, as every browser and HTTP library sends: without one, listing statistics would take the
                // requests for a robot's and skip counting the units they return, which the benchmark must include
                String head = "GET " + f[1] + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                        + "\r\nAccept: " + accept + "\r\nUser-Agent: labspace-search-load/1\r\n" + auth + "\r\n";
                mix.add(new Request(kind, head.getBytes(StandardCharsets.US_ASCII)));
            }
        }
        return mix;
    }

    /**
     * Puts the requests on the queue at their due times and waits (at most 30 s more) for the last answer; a request
     * still unanswered then counts as failed (599), with its latency so far, rather than vanishing from the tail.
     */
    static List<Sample> run(BlockingQueue<Job> queue, List<Request> mix, double rate, int seconds)
            throws InterruptedException {
        int total = (int) (rate * seconds);
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        Set<Job> pending = ConcurrentHashMap.newKeySet();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Job job = new Job(mix.get(i % mix.size()), due, samples, pending);
            pending.add(job);
            queue.add(job);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        List.copyOf(pending).forEach(job -> job.done(599));
        return new ArrayList<>(samples);
    }

    /** One keep-alive connection: sends a job, reads the whole answer, records it; reconnects after an error. */
    record Connection(URI base, BlockingQueue<Job> queue) implements Runnable {

        @Override
        public void run() {
            Socket socket = null;
            InputStream in = null;
            while (true) {
                Job job;
                try {
                    job = queue.take();
                } catch (InterruptedException e) {
                    return;
                }
                int status;
                try {
                    if (socket == null) {
                        socket = connect();
                        in = new BufferedInputStream(socket.getInputStream(), 65536);
                    }
                    status = exchange(socket.getOutputStream(), in, job.request.bytes());
                } catch (IOException | RuntimeException e) {
                    status = -599;
                }
                if (status < 0) {
                    close(socket);
                    socket = null;
                }
                job.done(Math.abs(status));
            }
        }

        Socket connect() throws IOException {
            Socket s = new Socket();
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(base.getHost(), base.getPort()), TIMEOUT_MS);
            s.setSoTimeout(TIMEOUT_MS);
            return s;
        }

        static void close(Socket s) {
            try {
                if (s != null) {
                    s.close();
                }
            } catch (IOException ignored) {
                // nothing to do: the next job opens a new connection
            }
        }
    }

    /** Sends one request and reads its answer to the end; the status, negated when the connection must close. */
    static int exchange(OutputStream out, InputStream in, byte[] request) throws IOException {
        out.write(request);
        out.flush();
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        if (status / 100 == 1 || status == 204 || status == 304) {
            return close ? -status : status; // no body, whatever the headers say
        }
        if (chunked) {
            for (long size = chunkSize(in); size > 0; size = chunkSize(in)) {
                skip(in, size);
                line(in);
            }
            while (!line(in).isEmpty()) {
                // trailer fields, up to the empty line that ends the answer
            }
        } else if (length >= 0) {
            skip(in, length);
        } else {
            close = true;
            while (in.read() >= 0) {
                // no length: the body ends with the connection
            }
        }
        return close ? -status : status;
    }

    static long chunkSize(InputStream in) throws IOException {
        return Long.parseLong(line(in).split(";")[0].trim(), 16);
    }

    static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed mid-answer");
            }
            if (c != '\r') {
                b.append((char) c);
            }
        }
        return b.toString();
    }

    static void skip(InputStream in, long n) throws IOException {
        while (n > 0) {
            long k = in.skip(n);
            if (k <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed mid-body");
                }
                k = 1;
            }
            n -= k;
        }
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time from /proc (Linux), in clock ticks of 10 ms: the machine's and the app process's. */
    static final class Machine {

        /** {busy, total, steal} over all cores since boot; busy is time this machine ran, not what was stolen. */
        static long[] ticks() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                for (int i = 1; i <= 8; i++) {
                    total += Long.parseLong(f[i]);
                }
                long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                long steal = Long.parseLong(f[8]);
                return new long[] {total - idle - steal, total, steal};
            } catch (IOException | RuntimeException e) {
                return new long[] {0, 1, 0};
            }
        }

        static long processTicks(String pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        static long[] minus(long[] a, long[] b) {
            return new long[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
        }

        static double ms(long ticks) {
            return ticks * 10.0;
        }
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
        if (ns.length == 0) {
            System.out.printf("| %s | 0 | 0 | - | - | - | 0 |%n", name);
            return;
        }
        long bad = s.stream().filter(x -> x.status() < 200 || x.status() > 299).count();
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d |%n", name, ns.length,
                ns.length / (double) seconds, pct(ns, 0.50), pct(ns, 0.99), ns[ns.length - 1] / 1e6, bad);
    }

    static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
