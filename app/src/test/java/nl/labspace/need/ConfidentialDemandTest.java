package nl.labspace.need;

import static nl.labspace.TestMarket.COMPANY_X;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.NEED_X;
import static nl.labspace.TestMarket.NEED_Y;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Campus managers see a confidential need as an anonymous requirement until it is matched; withdrawn needs not at all. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class ConfidentialDemandTest extends TestMarketTest {

    private static final UUID LATER_MATCHED = UUID.fromString("00000000-0000-0000-0000-00000000aea3");
    private static final UUID WITHDRAWN = UUID.fromString("00000000-0000-0000-0000-00000000aea4");

    private String managerToken;

    @BeforeAll
    void market() throws Exception {
        managerToken = http.token(MANAGER_A);
    }

    @Test
    void aConfidentialNeedShowsOnlyItsAnonymousRequirement() {
        Reply reply = demand(NEED_X);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("Xylo").doesNotContain("Secret").doesNotContain("drug-discovery")
                .doesNotContain(COMPANY_X.toString());
        Map<String, Object> need = http.object(reply);
        assertThat(need).containsEntry("anonymous", true);
        assertThat(need.get("companyName")).isNull();
        assertThat(need.get("title")).isNull();
        assertThat(need.get("sector")).isNull();
        assertThat(need).containsEntry("labM2", 400).containsEntry("officeM2", 150).containsEntry("containment", "ML-II")
                .containsEntry("moveInEarliest", "2027-03").containsEntry("moveInLatest", "2027-09")
                .containsEntry("termMonths", 36).containsEntry("region", "PV28");
    }

    @Test
    void anOpenNeedNamesItsCompany() {
        Map<String, Object> need = http.object(demand(NEED_Y));

        assertThat(need).containsEntry("anonymous", false).containsEntry("companyName", "Yarrow Diagnostics")
                .containsEntry("title", "Diagnostics scale-up").containsEntry("sector", "diagnostics")
                .containsEntry("region", "PV26");
    }

    @Test
    void aConfidentialNeedNamesItsCompanyOnceMatched() {
        insertConfidentialNeedOfX(LATER_MATCHED, "Stealth pilot plant", "open");
        assertThat(demand(LATER_MATCHED).body()).doesNotContain("Xylo").doesNotContain("Stealth");

        sql.execute("UPDATE need SET status = 'matched' WHERE id = '%s'".formatted(LATER_MATCHED));

        assertThat(http.object(demand(LATER_MATCHED))).containsEntry("anonymous", false)
                .containsEntry("companyName", "Xylo Therapeutics").containsEntry("title", "Stealth pilot plant");
    }

    @Test
    void aWithdrawnNeedAnswersLikeANeedThatDoesNotExist() {
        insertConfidentialNeedOfX(WITHDRAWN, "Abandoned expansion", "withdrawn");

        Reply withdrawn = demand(WITHDRAWN);
        Reply missing = demand(UUID.fromString("00000000-0000-0000-0000-0000000000ff"));

        assertThat(withdrawn.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(withdrawn.body()).doesNotContain("Abandoned").doesNotContain("Xylo")
                .isEqualTo(missing.body().replace("0000000000ff", "00000000aea4"));
    }

    private Reply demand(UUID need) {
        return http.get("/api/demand/" + need, managerToken);
    }

    private void insertConfidentialNeedOfX(UUID id, String title, String status) {
        sql.execute("""
                INSERT INTO need (id, company_id, title, lab_m2, office_m2, containment, move_in_earliest, move_in_latest,
                                  term_months, near_location, near_max_km, sector, confidential, status)
                VALUES ('%s', '%s', '%s', 200, 50, 'ML-I', '2027-04-01', '2027-08-01', 24,
                        ST_SetSRID(ST_MakePoint(4.49, 52.16), 4326)::geography, 25, 'drug-discovery', true, '%s')
                """.formatted(id, COMPANY_X, title, status));
    }
}
