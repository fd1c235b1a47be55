package nl.labspace.matching;

import static nl.labspace.TestMarket.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import nl.labspace.solver.io.InstanceReader;
import org.junit.jupiter.api.Test;

/** The live market exported as a snapshot, solved in the sandbox; the market itself is never touched. */
@MicronautTest(transactional = false)
class SandboxTest extends TestMarketTest {

    @Test
    void theExportedMarketSolvesInTheSandboxAndNothingIsWritten() {
        String admin = http.token(ADMIN);
        String snapshot = http.get("/api/admin/matching/market", admin).body();
        assertThat(InstanceReader.readString(snapshot).needs()).hasSize(2);
        long proposals = sql.count("proposal");
        long runs = sql.count("matching_run");

        Reply solved = sandbox(snapshot, admin);

        assertThat(solved.status()).as(solved.body()).isEqualTo(200);
        Map<String, Object> body = http.object(solved);
        assertThat(body).containsEntry("needs", 2).containsEntry("matchedNeeds", 1);
        assertThat((Map<String, Object>) body.get("solution")).containsEntry("format", "labspace-matching-solution/1");
        assertThat(sql.count("proposal")).isEqualTo(proposals);
        assertThat(sql.count("matching_run")).isEqualTo(runs);
    }

    @Test
    void aBrokenSnapshotIsRefusedNamingTheField() {
        String admin = http.token(ADMIN);
        String broken = http.get("/api/admin/matching/market", admin).body().replace("\"ML-II\"", "\"BSL-2\"");

        Reply refused = sandbox(broken, admin);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("containment").contains("BSL-2");
        assertThat(sandbox(broken.replaceFirst("\\{", "{\"extra\":1,"), admin).body()).contains("\"name\":\"extra\"");
    }

    private Reply sandbox(String body, String token) {
        return http.send(HttpRequest.POST("/api/admin/matching/sandbox?budgetSeconds=2", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(token));
    }
}
