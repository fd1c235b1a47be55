package nl.labspace.matching;

import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.MANAGER_B;
import static nl.labspace.TestMarket.NEED_Y;
import static nl.labspace.TestMarket.UNIT_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A proposal is an offer about the market as the run read it: once its need or a unit changed (edited, withdrawn,
 * leased meanwhile), accepting it answers 409 with the reason, and it stays open.
 */
@MicronautTest(transactional = false)
class StaleProposalTest extends TestMarketTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unit edited|UPDATE unit SET version = version + 1 WHERE id = '%unit%'|was edited after the run",
            "unit withdrawn|UPDATE unit SET status = 'withdrawn' WHERE id = '%unit%'|was withdrawn",
            "unit leased|INSERT INTO lease (unit_id, first_month, last_month) VALUES ('%unit%', '2028-01-01', '2028-03-01')|was leased in some of the months 2027-03 to 2029-02",
            "need edited|UPDATE need SET version = version + 1 WHERE id = '%need%'|the need was edited after the run",
            "need withdrawn|UPDATE need SET status = 'withdrawn' WHERE id = '%need%'|the need is withdrawn"})
    void aProposalWhoseMarketChangedCannotBeAccepted(String change, String sqlChange, String reason) {
        UUID proposal = openProposalOfNeedYOnUnitB();
        sql.execute(sqlChange.replace("%unit%", UNIT_B.toString()).replace("%need%", NEED_Y.toString()));
        try {
            Reply reply = http.send(HttpRequest.POST("/api/proposals/" + proposal + "/accept", "")
                    .bearerAuth(http.token(COMPANY_Y_USER)));

            assertThat(reply.status()).as(reply.body()).isEqualTo(409);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.body()).contains(reason);
            assertThat(sql.column("SELECT status FROM proposal WHERE id = '" + proposal + "'")).containsExactly("open");
        } finally {
            sql.execute("DELETE FROM lease WHERE unit_id = '" + UNIT_B + "'");
            sql.execute("UPDATE unit SET status = 'available' WHERE id = '" + UNIT_B + "'");
            sql.execute("UPDATE need SET status = 'open' WHERE id = '" + NEED_Y + "'");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unit edited|UPDATE unit SET version = version + 1 WHERE id = '%unit%'|was edited after the run",
            "unit withdrawn|UPDATE unit SET status = 'withdrawn' WHERE id = '%unit%'|was withdrawn",
            "need edited|UPDATE need SET version = version + 1 WHERE id = '%need%'|the need was edited after the run",
            "need withdrawn|UPDATE need SET status = 'withdrawn' WHERE id = '%need%'|the need is withdrawn"})
    void anAcceptedProposalWhoseMarketChangedCannotBeConfirmed(String change, String sqlChange, String reason) {
        UUID proposal = openProposalOfNeedYOnUnitB();
        Reply accepted = http.send(HttpRequest.POST("/api/proposals/" + proposal + "/accept", "")
                .bearerAuth(http.token(COMPANY_Y_USER)));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        sql.execute(sqlChange.replace("%unit%", UNIT_B.toString()).replace("%need%", NEED_Y.toString()));
        String needStatus = sql.column("SELECT status FROM need WHERE id = '" + NEED_Y + "'").get(0);
        try {
            Reply reply = http.send(HttpRequest.POST("/api/proposals/" + proposal + "/confirm", "")
                    .bearerAuth(http.token(MANAGER_B)));

            assertThat(reply.status()).as(reply.body()).isEqualTo(409);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.body()).contains("is void", "cannot become confirmed", reason);
            assertThat(sql.column("SELECT status FROM proposal WHERE id = '" + proposal + "'"))
                    .as("an acceptance that can no longer be confirmed is void: it holds the unit for nobody").containsExactly("void");
            assertThat(sql.count("unit_hold WHERE proposal_id = '" + proposal + "'")).isZero();
            assertThat(sql.column("SELECT count(*) FROM lease WHERE unit_id = '" + UNIT_B + "'")).containsExactly("0");
            assertThat(sql.column("SELECT status FROM need WHERE id = '" + NEED_Y + "'")).as("the need keeps its status")
                    .containsExactly(needStatus);
        } finally {
            sql.execute("UPDATE unit SET status = 'available' WHERE id = '" + UNIT_B + "'");
            sql.execute("UPDATE need SET status = 'open' WHERE id = '" + NEED_Y + "'");
        }
    }

    @Test
    void aCampusThatReconfirmsItsUnitStillConfirmsTheAcceptance() {
        UUID proposal = openProposalOfNeedYOnUnitB();
        Reply accepted = http.send(HttpRequest.POST("/api/proposals/" + proposal + "/accept", "")
                .bearerAuth(http.token(COMPANY_Y_USER)));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        try {
            Reply reconfirmed = http.send(HttpRequest.POST("/api/units/" + UNIT_B + "/reconfirm", "")
                    .bearerAuth(http.token(MANAGER_B)));
            assertThat(reconfirmed.status()).as(reconfirmed.body()).isEqualTo(200);
            assertThat(sql.column("SELECT status FROM proposal WHERE id = '" + proposal + "'"))
                    .as("'still on offer' changes nothing the company accepted").containsExactly("accepted");

            Reply reply = http.send(HttpRequest.POST("/api/proposals/" + proposal + "/confirm", "")
                    .bearerAuth(http.token(MANAGER_B)));

            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(sql.column("SELECT count(*) FROM lease WHERE unit_id = '" + UNIT_B + "'")).containsExactly("1");
        } finally {
            sql.execute("DELETE FROM lease WHERE unit_id = '" + UNIT_B + "'");
            sql.execute("UPDATE need SET status = 'open' WHERE id = '" + NEED_Y + "'");
        }
    }

    /** An open proposal made from the market as it is now (current versions of the need and the unit). */
    private UUID openProposalOfNeedYOnUnitB() {
        UUID run = UUID.randomUUID();
        UUID proposal = UUID.randomUUID();
        sql.execute("INSERT INTO matching_run (id, scope_key, budget_seconds, seed, started_by, status, phase) "
                + "VALUES ('" + run + "', 'stale-" + run + "', 1, 1, 'test', 'finished', 'done')");
        sql.execute("INSERT INTO proposal (id, run_id, need_id, campus_id, start_month, term_months, status, need_version, explanation) "
                + "SELECT '" + proposal + "', '" + run + "', id, 'test-campus-b', '2027-03-01', 24, 'open', version, '{}' "
                + "FROM need WHERE id = '" + NEED_Y + "'");
        sql.execute("INSERT INTO proposal_unit (proposal_id, unit_id, unit_version) SELECT '" + proposal + "', id, version "
                + "FROM unit WHERE id = '" + UNIT_B + "'");
        return proposal;
    }
}
