package nl.labspace.matching;

import static nl.labspace.TestMarket.COMPANY_Y;
import static nl.labspace.TestMarket.MANAGER_B;
import static nl.labspace.TestMarket.UNIT_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.Test;

/**
 * Many campus confirmations at once of an accepted proposal while open rivals want the same unit in overlapping
 * months: the database's exclusion constraint lets exactly one lease through, every other caller gets a 409 naming
 * the unit, and the rivals are voided. (Two accepted proposals can no longer want overlapping months of one unit:
 * the second accept is refused, see AcceptRaceTest.)
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class ConfirmRaceTest extends TestMarketTest {

    private static final int RIVALS = 8;

    @Test
    void concurrentConfirmationsOfConflictingProposalsLeaveExactlyOneLease() throws Exception {
        List<UUID> proposals = rivalsForUnitB();
        UUID accepted = proposals.get(0);
        String manager = http.token(MANAGER_B);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RIVALS);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < RIVALS; i++) {
            Callable<Reply> confirm = () -> {
                go.await();
                return http.send(HttpRequest.POST("/api/proposals/" + accepted + "/confirm", "").bearerAuth(manager));
            };
            replies.add(pool.submit(confirm));
        }
        go.countDown();
        List<Reply> answers = new ArrayList<>();
        for (Future<Reply> r : replies) {
            answers.add(r.get());
        }
        pool.shutdown();

        assertThat(answers).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(answers).filteredOn(r -> r.status() != 200).hasSize(RIVALS - 1).allSatisfy(r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(409);
            assertThat(r.contentType()).startsWith("application/problem+json");
            // racing the winner: the lease refused, naming unit and months; after it: its need matched, or it confirmed
            assertThat(r.body()).satisfiesAnyOf(
                    body -> assertThat(body).contains("was leased in some of the months 2027-03 to 2028-02"),
                    body -> assertThat(body).contains("cannot be confirmed: the need is matched"),
                    body -> assertThat(body).contains("is confirmed, so it cannot become confirmed"));
        });
        assertThat(sql.count("lease WHERE unit_id = '" + UNIT_B + "'")).isEqualTo(1);
        assertThat(sql.count("proposal WHERE status = 'confirmed'")).isEqualTo(1);
        assertThat(sql.count("proposal WHERE status = 'void'")).isEqualTo(RIVALS - 1);
    }

    /** RIVALS needs of company Y, each with a proposal of unit B1 from 2027-03 for 12 months; the first accepted. */
    private List<UUID> rivalsForUnitB() {
        UUID run = UUID.randomUUID();
        sql.execute("INSERT INTO matching_run (id, scope_key, budget_seconds, seed, started_by, status, phase) "
                + "VALUES ('" + run + "', 'race', 1, 1, 'test', 'finished', 'done')");
        List<UUID> proposals = new ArrayList<>();
        for (int i = 0; i < RIVALS; i++) {
            UUID need = UUID.randomUUID();
            UUID proposal = UUID.randomUUID();
            sql.execute("INSERT INTO need (id, company_id, title, lab_m2, office_m2, move_in_earliest, move_in_latest, term_months) "
                    + "VALUES ('" + need + "', '" + COMPANY_Y + "', 'Rival " + i + "', 100, 50, '2027-03-01', '2027-03-01', 12)");
            sql.execute("INSERT INTO proposal (id, run_id, need_id, campus_id, start_month, term_months, status, need_version, explanation) "
                    + "VALUES ('" + proposal + "', '" + run + "', '" + need + "', 'test-campus-b', '2027-03-01', 12, '"
                    + (i == 0 ? "accepted" : "open") + "', 0, '{}')");
            sql.execute("INSERT INTO proposal_unit (proposal_id, unit_id, unit_version) VALUES ('" + proposal + "', '" + UNIT_B + "', 0)");
            proposals.add(proposal);
        }
        return proposals;
    }
}
