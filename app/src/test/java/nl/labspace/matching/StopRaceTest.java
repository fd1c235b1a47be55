package nl.labspace.matching;

import static nl.labspace.TestMarket.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.Test;

/**
 * Several clients stop a run as soon as its start answers 201, each repeating the stop until the run has ended, at
 * every instant of its life (preparing, building its solver, solving): each stop answers 200 or, once the run has
 * ended, 409, and a run that some stop answered 200 ends stopped, as its history and the audit log say.
 */
@MicronautTest(transactional = false)
class StopRaceTest extends TestMarketTest {

    private static final int RUNS = 60;
    private static final int CLIENTS = 4;
    /** Only a stop ends such a run within the test's patience. */
    private static final String ENDLESS = "{\"budgetSeconds\":120,\"steps\":10000000}";

    @Test
    void stopsRacingTheStartAnswer200Or409AndTheRunEndsStopped() throws Exception {
        RunDriver driver = new RunDriver(http);
        String admin = http.token(ADMIN);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        int stops = 0;
        try {
            for (int i = 0; i < RUNS; i++) {
                String run = driver.start(ENDLESS, admin);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<List<Reply>>> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    clients.add(pool.submit(() -> stopUntilEnded(driver, go, run, admin)));
                }
                go.countDown();
                List<Reply> answers = new ArrayList<>();
                for (Future<List<Reply>> c : clients) {
                    answers.addAll(c.get());
                }
                stops += answers.size();

                assertThat(answers).as("run %d: %s", i, answers).allSatisfy(r ->
                        assertThat(r.status()).as(r.body()).isIn(200, 409));
                assertThat(answers).filteredOn(r -> r.status() == 409).allSatisfy(r ->
                        assertThat(r.body()).contains("has already ended"));
                assertThat(answers).as("run %d: the first stop finds it solving", i).anyMatch(r -> r.status() == 200);
                Map<String, Object> ended = driver.awaitEnd(run, admin, 30);
                assertThat(ended).as("run %d", i).containsEntry("status", "stopped");
                assertThat(http.object(http.get("/api/admin/matching/runs/" + run, admin))).containsEntry("status", "stopped");
                assertThat(sql.count("audit_event WHERE subject = '" + run + "' AND action = 'matching.run-stopped'"))
                        .isEqualTo(answers.stream().filter(r -> r.status() == 200).count());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(stops).as("stops sent in all").isGreaterThanOrEqualTo(RUNS * CLIENTS);
        assertThat(sql.count("matching_run WHERE status = 'solving'")).isZero();
    }

    /**
     * Runs that end by themselves about a second after they start, stopped at a random moment around their end:
     * a stop answers 200 while the run may still be stopped and 409 once it has decided its outcome (also while it
     * writes it), so the run ends stopped exactly when some stop answered 200, and finished otherwise.
     */
    @Test
    void stopsRacingTheEndOfARunAnswer200Or409AndTheOutcomeAgreesWithThem() throws Exception {
        RunDriver driver = new RunDriver(http);
        String admin = http.token(ADMIN);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int i = 0; i < RUNS / 3; i++) {
                String run = driver.start("{\"budgetSeconds\":5,\"seed\":" + i + "}", admin);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Reply>> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    clients.add(pool.submit(() -> {
                        go.await();
                        Thread.sleep(800 + ThreadLocalRandom.current().nextInt(800));
                        return driver.post("/api/admin/matching/runs/" + run + "/stop", null, admin);
                    }));
                }
                go.countDown();
                List<Reply> answers = new ArrayList<>();
                for (Future<Reply> c : clients) {
                    answers.add(c.get());
                }
                Map<String, Object> ended = driver.awaitEnd(run, admin, 30);

                assertThat(answers).as("run %d: %s", i, answers).allSatisfy(r -> assertThat(r.status()).as(r.body()).isIn(200, 409));
                boolean stopped = answers.stream().anyMatch(r -> r.status() == 200);
                assertThat(ended).as("run %d: %s", i, answers).containsEntry("status", stopped ? "stopped" : "finished");
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Waits a random few milliseconds after the latch, then stops until a stop answers something else than 200. */
    private List<Reply> stopUntilEnded(RunDriver driver, CountDownLatch go, String run, String admin) throws Exception {
        go.await();
        Thread.sleep(ThreadLocalRandom.current().nextInt(40));
        List<Reply> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Reply r = driver.post("/api/admin/matching/runs/" + run + "/stop", null, admin);
            answers.add(r);
            if (r.status() != 200) {
                break;
            }
        }
        return answers;
    }
}
