package nl.labspace.matching;

import static nl.labspace.TestMarket.COMPANY_X;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.COMPANY_Y;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.UNIT_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.Test;

/**
 * Two companies accept, at the same instant, proposals of two runs that want unit B1 in overlapping months: the
 * database's exclusion constraint over held months lets exactly one through, the other gets a 409 naming the unit.
 */
@MicronautTest(transactional = false)
class AcceptRaceTest extends TestMarketTest {

    private static final int TRIES = 100;

    @Test
    void ofTwoOverlappingAcceptsAtOnceExactlyOneHolds() throws Exception {
        String companyX = http.token(COMPANY_X_USER);
        String companyY = http.token(COMPANY_Y_USER);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < TRIES; i++) {
                LocalDate start = LocalDate.of(2040, 1, 1).plusMonths(24L * i);
                UUID ofX = openProposal(COMPANY_X, start);
                UUID ofY = openProposal(COMPANY_Y, start.plusMonths(6));
                CountDownLatch go = new CountDownLatch(1);
                Future<Reply> x = pool.submit(() -> accept(go, ofX, companyX));
                Future<Reply> y = pool.submit(() -> accept(go, ofY, companyY));
                go.countDown();
                List<Reply> answers = List.of(x.get(), y.get());

                assertThat(answers).as("try %d: %s", i, answers).extracting(Reply::status).containsExactlyInAnyOrder(200, 409);
                assertThat(answers).filteredOn(r -> r.status() == 409).singleElement().satisfies(r -> {
                    assertThat(r.contentType()).startsWith("application/problem+json");
                    assertThat(r.body()).contains("unit " + UNIT_B);
                });
            }
        } finally {
            pool.shutdown();
        }
        assertThat(sql.count("proposal WHERE status = 'accepted'")).isEqualTo(TRIES);
        assertThat(sql.count("proposal a JOIN proposal b ON a.id < b.id AND a.status = 'accepted' AND b.status = 'accepted' "
                + "AND a.start_month < b.start_month + 12 * interval '1 month' AND b.start_month < a.start_month + 12 * interval '1 month'"))
                .as("no two accepted proposals overlap on unit B1").isZero();
    }

    private Reply accept(CountDownLatch go, UUID proposal, String token) throws InterruptedException {
        go.await();
        return http.send(HttpRequest.POST("/api/proposals/" + proposal + "/accept", "").bearerAuth(token));
    }

    /** A need of the company and its run's open proposal of unit B1 from start for 12 months. */
    private UUID openProposal(UUID company, LocalDate start) {
        UUID run = UUID.randomUUID();
        UUID need = UUID.randomUUID();
        UUID proposal = UUID.randomUUID();
        sql.execute("INSERT INTO matching_run (id, scope_key, budget_seconds, seed, started_by, status, phase) "
                + "VALUES ('" + run + "', 'race', 1, 1, 'test', 'finished', 'done')");
        sql.execute("INSERT INTO need (id, company_id, title, lab_m2, office_m2, move_in_earliest, move_in_latest, term_months) "
                + "VALUES ('" + need + "', '" + company + "', 'Rival', 100, 50, '" + start + "', '" + start + "', 12)");
        sql.execute("INSERT INTO proposal (id, run_id, need_id, campus_id, start_month, term_months, status, need_version, explanation) "
                + "VALUES ('" + proposal + "', '" + run + "', '" + need + "', 'test-campus-b', '" + start + "', 12, 'open', 0, '{}')");
        sql.execute("INSERT INTO proposal_unit (proposal_id, unit_id, unit_version) VALUES ('" + proposal + "', '" + UNIT_B + "', 0)");
        return proposal;
    }
}
