package nl.labspace.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import nl.labspace.account.TestHttp;
import nl.labspace.account.TestHttp.Reply;

/**
 * What the run tests do as users: a campus manager publishes a unit, a founder posts a need, an admin starts a run
 * and waits for its end, a founder reads the proposal of one need; and the solver's command line checks a run's
 * downloads in a process of its own.
 */
public final class RunDriver {

    private final TestHttp http;

    public RunDriver(TestHttp http) {
        this.http = http;
    }

    public Reply post(String path, String body, String token) {
        var request = HttpRequest.POST(path, body == null ? "" : body).bearerAuth(token);
        return http.send(body == null ? request : request.contentType(MediaType.APPLICATION_JSON_TYPE));
    }

    /** Publishes a unit with an autoclave (a feature no TestMarket unit has) from availableFrom; returns its id. */
    public String publishUnit(String manager, String campus, String name, int labM2, String availableFrom) {
        Reply created = post("/api/campuses/" + campus + "/units", """
                {"name":"%s","labM2":%d,"officeM2":0,"containment":"ML-I","gmp":"none","features":["autoclave"],
                 "availableFrom":"%s","rentPerM2Year":300,"minTermMonths":6}""".formatted(name, labM2, availableFrom), manager);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) http.object(created).get("id");
    }

    /** Posts a need for an autoclave lab near a point, moving in exactly in moveIn for termMonths; returns its id. */
    public String postNeed(String founder, String title, int labM2, String moveIn, int termMonths, double lat, double lon, int maxKm) {
        return postNeed(founder, """
                {"title":"%s","labM2":%d,"officeM2":0,"containment":"ML-I","features":["autoclave"],
                 "moveInEarliest":"%s","moveInLatest":"%s","termMonths":%d,
                 "near":{"lat":%s,"lon":%s,"maxKm":%d},"sector":"diagnostics"}"""
                .formatted(title, labM2, moveIn, moveIn, termMonths, lat, lon, maxKm));
    }

    public String postNeed(String founder, String body) {
        Reply created = post("/api/needs", body, founder);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return (String) http.object(created).get("id");
    }

    /** Starts a run with this body and waits for it to end; returns its id. */
    public String run(String body, String admin) throws InterruptedException {
        String run = start(body, admin);
        assertThat(awaitEnd(run, admin, 60)).containsEntry("status", "finished");
        return run;
    }

    public String start(String body, String admin) {
        Reply started = post("/api/admin/matching/runs", body, admin);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return (String) http.object(started).get("id");
    }

    public Map<String, Object> awaitEnd(String run, String admin, int seconds) throws InterruptedException {
        for (int i = 0; i < seconds * 20; i++) {
            Map<String, Object> status = http.object(http.get("/api/admin/matching/runs/" + run + "/status", admin));
            if (!"solving".equals(status.get("status"))) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("run " + run + " did not end within " + seconds + " s");
    }

    /** The newest live (not superseded, not void) proposal of a need as its founder reads it. */
    public Map<String, Object> proposalOf(String need, String founder) {
        return http.list(http.get("/api/proposals", founder)).stream().filter(p -> need.equals(p.get("needId")))
                .filter(p -> !"void".equals(p.get("status"))).findFirst()
                .orElseThrow(() -> new AssertionError("no proposal for need " + need));
    }

    /** What the solver's command line (a separate JVM) prints as its verdict on a run's two downloads. */
    String validatedByTheCommandLine(String run, String admin) throws Exception {
        String snapshot = http.get("/api/admin/matching/runs/" + run + "/snapshot", admin).body();
        String solution = http.get("/api/admin/matching/runs/" + run + "/solution", admin).body();
        Path dir = Files.createTempDirectory("run-download");
        Path in = Files.writeString(dir.resolve("snapshot.json"), snapshot);
        Path out = Files.writeString(dir.resolve("solution.json"), solution);
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process cli = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                "nl.labspace.solver.cli.Main", "validate", in.toString(), out.toString()).redirectErrorStream(true).start();
        String printed = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(cli.waitFor()).as("labspace-solver validate on run " + run + ": " + printed).isZero();
        return printed.lines().reduce((a, b) -> b).orElse("");
    }
}
