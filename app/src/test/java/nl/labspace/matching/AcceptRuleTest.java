package nl.labspace.matching;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.MANAGER_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.FormSession;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.Test;

/**
 * Two runs of different scopes propose one Leiden unit in overlapping months to two companies (the national run to
 * a need homed in Utrecht, a South Holland run to a need homed in Leiden). The first to accept holds the unit; the
 * second accept answers 409 naming the unit and the months, and the next run's downloads stay valid.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class AcceptRuleTest extends TestMarketTest {

    @Test
    void theSecondAcceptOfOverlappingMonthsOnOneUnitIsRefusedAndTheNextRunStaysValid() throws Exception {
        RunDriver driver = new RunDriver(http);
        String admin = http.token(ADMIN);
        String utrechtFounder = http.token(COMPANY_Y_USER);
        String leidenFounder = http.token(COMPANY_X_USER);
        String unit = driver.publishUnit(http.token(MANAGER_A), CAMPUS_A, "Leiden 1", 200, "2030-01");
        String fromUtrecht = driver.postNeed(utrechtFounder, "Utrecht team in Leiden", 150, "2031-01", 12, 52.09, 5.12, 70);
        driver.run("{\"budgetSeconds\":5,\"seed\":1}", admin);
        String fromLeiden = driver.postNeed(leidenFounder, "Leiden team", 150, "2031-06", 12, 52.16, 4.47, 10);
        driver.run("{\"regions\":[\"PV28\"],\"budgetSeconds\":5,\"seed\":1}", admin);
        Map<String, Object> first = driver.proposalOf(fromUtrecht, utrechtFounder);
        Map<String, Object> second = driver.proposalOf(fromLeiden, leidenFounder);
        assertThat(first).containsEntry("status", "open").containsEntry("startMonth", "2031-01");
        assertThat(second).containsEntry("status", "open").containsEntry("startMonth", "2031-06");
        assertThat(second.get("runId")).isNotEqualTo(first.get("runId"));

        Reply won = driver.post("/api/proposals/" + first.get("id") + "/accept", null, utrechtFounder);
        Reply refused = driver.post("/api/proposals/" + second.get("id") + "/accept", null, leidenFounder);

        assertThat(won.status()).as(won.body()).isEqualTo(200);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("unit " + unit, "2031-06 to 2032-05");
        assertThat(driver.proposalOf(fromLeiden, leidenFounder)).containsEntry("status", "open");
        FormSession onThePage = FormSession.signIn(http, COMPANY_X_USER);
        Reply fromThePage = onThePage.post("/console/company/proposals/" + second.get("id") + "/accept", "");
        assertThat(fromThePage.status()).isEqualTo(409);
        assertThat(fromThePage.body()).as("the page says why, in its language")
                .containsAnyOf("al verhuurd of door een ander bedrijf geaccepteerd", "already leased or accepted by another company")
                .contains("2031-06");

        assertThatThrownBy(() -> sql.execute("INSERT INTO lease (unit_id, first_month, last_month) VALUES ('" + unit
                + "', '2031-12-01', '2032-02-01')")).as("a lease made outside the marketplace cannot overlap a hold either")
                .hasStackTraceContaining("unit_hold_no_overlap");

        String next = driver.run("{\"budgetSeconds\":5,\"seed\":3}", admin);
        assertThat(driver.validatedByTheCommandLine(next, admin)).isEqualTo("valid");
        assertThat(driver.proposalOf(fromLeiden, leidenFounder)).as("the unit is held in 2031-06")
                .containsEntry("runId", next).containsEntry("status", "unmatched");
    }
}
