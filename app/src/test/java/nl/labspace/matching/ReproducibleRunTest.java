package nl.labspace.matching;

import static nl.labspace.TestMarket.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.engine.MatchingEngine;
import nl.labspace.solver.io.InstanceReader;
import nl.labspace.solver.io.SolutionJson;
import org.junit.jupiter.api.Test;

/** A step-limited run is the command-line engine's solve --steps on the run's own snapshot and seed, to the move. */
@MicronautTest(transactional = false)
class ReproducibleRunTest extends TestMarketTest {

    @Test
    void aStepLimitedRunEqualsTheEngineOnItsSnapshotWithTheSameStepsAndSeed() throws InterruptedException {
        String admin = http.token(ADMIN);
        var started = http.send(HttpRequest.POST("/api/admin/matching/runs", "{\"budgetSeconds\":60,\"seed\":5,\"steps\":400}")
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(admin));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String run = (String) http.object(started).get("id");
        awaitEnd(run, admin);

        assertThat(http.object(http.get("/api/admin/matching/runs/" + run, admin))).containsEntry("steps", 400);
        MatchingInstance snapshot = InstanceReader.readString(http.get("/api/admin/matching/runs/" + run + "/snapshot", admin).body());
        MatchingSolution ran = SolutionJson.readString(http.get("/api/admin/matching/runs/" + run + "/solution", admin).body()).solution();
        MatchingSolution again = new MatchingEngine().solveSteps(snapshot, 400, 5);

        assertThat(ran.assignments()).containsExactlyInAnyOrderElementsOf(again.assignments());
        assertThat(ran.unservedM2()).isEqualTo(again.unservedM2());
    }

    @Test
    void aSecondRunSupersedesTheFirstRunsOpenAndUnmatchedProposals() throws InterruptedException {
        String admin = http.token(ADMIN);
        String first = start("{\"budgetSeconds\":30,\"seed\":1,\"steps\":50}", admin);
        awaitEnd(first, admin);
        String second = start("{\"budgetSeconds\":30,\"seed\":2,\"steps\":50}", admin);
        awaitEnd(second, admin);

        assertThat(sql.column("SELECT DISTINCT status FROM proposal WHERE run_id = '" + first + "'")).containsExactly("superseded");
        assertThat(sql.column("SELECT status FROM proposal WHERE run_id = '" + second + "' ORDER BY status"))
                .containsExactly("open", "unmatched");
    }

    private String start(String body, String admin) {
        var started = http.send(HttpRequest.POST("/api/admin/matching/runs", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(admin));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return (String) http.object(started).get("id");
    }

    private void awaitEnd(String run, String admin) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            Map<String, Object> status = http.object(http.get("/api/admin/matching/runs/" + run + "/status", admin));
            if (!"solving".equals(status.get("status"))) {
                assertThat(status).containsEntry("status", "finished");
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("run " + run + " did not end within 60 s");
    }
}
