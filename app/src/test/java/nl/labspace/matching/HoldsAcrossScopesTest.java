package nl.labspace.matching;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.MANAGER_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.solver.io.InstanceReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An accepted proposal holds its units' months for every run whose scope includes the units, as a lease does,
 * wherever the accepting need is homed: a founder homed in Utrecht accepts a Leiden unit, a founder homed in Leiden
 * accepts another; then a third need that wants exactly those months is offered neither, by runs of every scope kind
 * (national, province, COROP, ROM, a combination), and each run's downloads pass the command-line validator.
 */
@MicronautTest(transactional = false)
class HoldsAcrossScopesTest extends TestMarketTest {

    private static final double[] UTRECHT = {52.09, 5.12};
    private static final double[] LEIDEN = {52.16, 4.47};

    private RunDriver driver;
    private String admin;
    private String heldFromOutside;
    private String heldFromInside;

    @BeforeAll
    void twoLeidenUnitsHeldByAcceptedProposals() throws Exception {
        driver = new RunDriver(http);
        admin = http.token(ADMIN);
        String manager = http.token(MANAGER_A);
        heldFromOutside = driver.publishUnit(manager, CAMPUS_A, "Leiden 1", 200, "2030-01");
        heldFromInside = driver.publishUnit(manager, CAMPUS_A, "Leiden 2", 200, "2030-01");
        String utrechtFounder = http.token(COMPANY_Y_USER);
        String leidenFounder = http.token(COMPANY_X_USER);
        String fromUtrecht = driver.postNeed(utrechtFounder, "Utrecht team in Leiden", 150, "2031-01", 12, UTRECHT[0], UTRECHT[1], 70);
        String fromLeiden = driver.postNeed(leidenFounder, "Leiden team", 150, "2031-01", 12, LEIDEN[0], LEIDEN[1], 10);
        driver.run("{\"budgetSeconds\":5,\"seed\":1}", admin);
        accept(fromUtrecht, utrechtFounder);
        accept(fromLeiden, leidenFounder);
        assertThat(sql.column("SELECT home_province_code FROM need WHERE id = '" + fromUtrecht + "'")).containsExactly("PV26");
    }

    @Test
    void noRunOfAnyScopeOffersHeldMonthsToAnotherNeed() throws Exception {
        String founder = http.token(COMPANY_X_USER);
        String latecomer = driver.postNeed(founder, "Latecomer in Leiden", 150, "2031-01", 12, LEIDEN[0], LEIDEN[1], 10);
        String corop = sql.column("SELECT corop_code FROM campus WHERE id = '" + CAMPUS_A + "'").get(0);
        String rom = sql.column("SELECT rom_code FROM campus WHERE id = '" + CAMPUS_A + "'").get(0);
        assertThat(rom).as("campus A lies in a ROM area").isNotNull();
        List<String> scopes = List.of("", "\"PV28\"", "\"" + corop + "\"", "\"" + rom + "\"", "\"PV26\",\"" + corop + "\"",
                "\"PV27\",\"" + rom + "\"");
        for (String regions : scopes) {
            String run = driver.run("{\"regions\":[" + regions + "],\"budgetSeconds\":5,\"seed\":2}", admin);
            Map<String, Object> offered = driver.proposalOf(latecomer, founder);
            assertThat(offered.get("runId")).as("scope [%s] proposes to the latecomer", regions).isEqualTo(run);
            assertThat(offered).as("scope [%s]: both Leiden units are held in 2031", regions)
                    .containsEntry("status", "unmatched");
            var snapshot = InstanceReader.readString(http.get("/api/admin/matching/runs/" + run + "/snapshot", admin).body());
            assertThat(snapshot.units()).extracting(u -> u.id()).contains(heldFromOutside, heldFromInside);
            assertThat(driver.validatedByTheCommandLine(run, admin)).as("scope [%s]", regions).isEqualTo("valid");
        }
        assertThat(sql.count("proposal WHERE status = 'accepted'")).isEqualTo(2);
    }

    private void accept(String need, String founder) {
        Map<String, Object> proposal = driver.proposalOf(need, founder);
        assertThat(proposal).containsEntry("status", "open").containsEntry("startMonth", "2031-01");
        var accepted = driver.post("/api/proposals/" + proposal.get("id") + "/accept", null, founder);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    }
}
