package nl.labspace.matching;

import static nl.labspace.TestMarket.CAMPUS_B;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.NEED_X;
import static nl.labspace.TestMarket.NEED_Y;
import static nl.labspace.TestMarket.UNIT_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.Test;

/** A company's instant options: placements that keep every rule, or the binding reason; nothing is written. */
@MicronautTest(transactional = false)
class InstantOptionsTest extends TestMarketTest {

    @Test
    @SuppressWarnings("unchecked")
    void aServableNeedGetsItsPlacementsWithExplanations() {
        long proposalsBefore = sql.count("proposal");
        Reply reply = options(NEED_Y.toString(), http.token(COMPANY_Y_USER));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Map<String, Object> body = http.object(reply);
        List<Map<String, Object>> options = (List<Map<String, Object>>) body.get("options");
        assertThat(options).isNotEmpty().allSatisfy(o -> {
            Map<String, Object> placement = (Map<String, Object>) o.get("placement");
            assertThat(placement).containsEntry("campusId", CAMPUS_B).containsEntry("unitIds", List.of(UNIT_B.toString()));
            assertThat((List<?>) placement.get("terms")).isNotEmpty();
        });
        assertThat(body.get("reason")).isNull();
        assertThat(sql.count("proposal")).isEqualTo(proposalsBefore);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNeedWithoutPlacementsGetsTheBindingReason() {
        Map<String, Object> body = http.object(options(NEED_X.toString(), http.token(COMPANY_X_USER)));

        assertThat((List<?>) body.get("options")).isEmpty();
        assertThat((Map<String, Object>) body.get("reason")).containsKey("kind");
    }

    @Test
    void anotherCompanysNeedHasNoOptionsForMe() {
        assertThat(options(NEED_Y.toString(), http.token(COMPANY_X_USER)).status()).isEqualTo(404);
    }

    private Reply options(String need, String token) {
        return http.send(HttpRequest.POST("/api/needs/" + need + "/options", "").bearerAuth(token));
    }
}
