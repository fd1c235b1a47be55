package nl.labspace.matching;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.NEED_Y;
import static nl.labspace.TestMarket.PASSWORD;
import static nl.labspace.TestMarket.UNIT_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Crash safety with a real process: a second app, on the test database, starts a long run and is killed (SIGKILL)
 * while solving. The run left no proposal; when an app starts again the run shows interrupted, and a proposal of an
 * earlier run is untouched.
 */
@MicronautTest(transactional = false)
class KilledRunTest extends TestMarketTest {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    private static final Pattern SERVER_RUNNING = Pattern.compile("Server Running: http://localhost:([0-9]+)");
    private final HttpClient web = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES) // a hang guard only; the waits below end on events
    void aRunOfAKilledAppIsInterruptedAndLeavesNoProposal() throws Exception {
        UUID earlier = earlierOpenProposal();
        Process app = start("first");
        String run;
        try {
            int port = awaitHealthy(app, "first");
            String token = match(TOKEN, post(port, "/api/auth/token",
                    "{\"email\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}", null));
            run = match(ID, post(port, "/api/admin/matching/runs", "{\"budgetSeconds\":600}", token));
            awaitPhase(run, "solving", app);
        } finally {
            app.destroyForcibly().waitFor();
        }
        assertThat(sql.column("SELECT status FROM matching_run WHERE id = '" + run + "'")).containsExactly("solving");

        Process again = start("second");
        try {
            awaitHealthy(again, "second");
        } finally {
            again.destroyForcibly().waitFor();
        }
        assertThat(sql.column("SELECT status || ' ' || phase FROM matching_run WHERE id = '" + run + "'"))
                .containsExactly("interrupted done");
        assertThat(sql.count("proposal WHERE run_id = '" + run + "'")).isZero();
        assertThat(sql.column("SELECT status FROM proposal WHERE id = '" + earlier + "'")).containsExactly("open");
    }

    /**
     * The app's main class on this test's class path, pointed at the test database, schedule off, no early end, on a
     * port it picks itself (a free port chosen here could be taken by another process before the slow start binds it).
     */
    private Process start(String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-Dmicronaut.env.deduction=false",
                "-cp", System.getProperty("java.class.path"), "nl.labspace.Application");
        Map<String, String> env = builder.environment();
        env.put("LABSPACE_PORT", "-1");
        env.put("LABSPACE_DB_NAME", System.getenv().getOrDefault("LABSPACE_TEST_DB_NAME", "labspace_test"));
        env.put("LABSPACE_JWT_SECRET", "killed-run-test-secret-0123456789abcdef");
        env.put("LABSPACE_MATCHING_SCHEDULE_ENABLED", "false");
        env.put("LABSPACE_MATCHING_UNIMPROVED_SECONDS", "600");
        env.put("LABSPACE_DEMO_ENABLED", "false");
        builder.redirectErrorStream(true).redirectOutput(log(name));
        return builder.start();
    }

    private UUID earlierOpenProposal() {
        UUID run = UUID.randomUUID();
        UUID proposal = UUID.randomUUID();
        sql.execute("INSERT INTO matching_run (id, scope_key, budget_seconds, seed, started_by, status, phase) "
                + "VALUES ('" + run + "', 'earlier', 1, 1, 'test', 'finished', 'done')");
        sql.execute("INSERT INTO proposal (id, run_id, need_id, campus_id, start_month, term_months, status, need_version, explanation) "
                + "VALUES ('" + proposal + "', '" + run + "', '" + NEED_Y + "', 'test-campus-b', '2027-03-01', 24, 'open', 0, '{}')");
        sql.execute("INSERT INTO proposal_unit (proposal_id, unit_id, unit_version) VALUES ('" + proposal + "', '" + UNIT_B + "', 0)");
        return proposal;
    }

    private static File log(String name) {
        return new File("target/killed-run-" + name + ".log");
    }

    /**
     * Until the app answers its health check, or fails: a start is judged by its outcome, not by a clock (on a loaded
     * CI machine a start took 53 s and more; the test's @Timeout only guards against a hang). Returns the app's port,
     * read from its start-up line.
     */
    private int awaitHealthy(Process app, String name) throws InterruptedException, IOException {
        while (true) {
            assertThat(app.isAlive()).as("the app process is running (see " + log(name) + ")").isTrue();
            // bytes, not readString: a line being written may end inside a character
            Matcher running = SERVER_RUNNING.matcher(new String(Files.readAllBytes(log(name).toPath()), StandardCharsets.UTF_8));
            if (running.find()) {
                int port = Integer.parseInt(running.group(1));
                try {
                    HttpResponse<String> r = web.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        return port;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
            }
            Thread.sleep(250);
        }
    }

    /** Until the run reaches the phase, or the app or the run ends first. */
    private void awaitPhase(String run, String phase, Process app) throws InterruptedException {
        while (true) {
            assertThat(app.isAlive()).as("the app process is running (see target/killed-run-first.log)").isTrue();
            List<String> now = sql.column("SELECT status || ' ' || phase FROM matching_run WHERE id = '" + run + "'");
            if (now.contains("solving " + phase)) {
                Thread.sleep(500);
                return;
            }
            assertThat(now).as("run " + run + " is still solving").allMatch(s -> s.startsWith("solving "));
            Thread.sleep(250);
        }
    }

    private String post(int port, String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = web.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " answered " + response.body()).isBetween(200, 201);
        return response.body();
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern + " in " + text).isTrue();
        return m.group(1);
    }

}
