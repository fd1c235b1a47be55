package nl.labspace.matching;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarket;
import nl.labspace.TestMarketTest;
import nl.labspace.account.AccountBinding;
import nl.labspace.account.Roles;
import nl.labspace.db.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * A run's published figures name only CBS provinces: needs without a home province (no point, and none or several
 * acceptable provinces) are counted in their own bucket, withoutProvince, withheld like a province (RunFiguresDisclosure).
 */
@MicronautTest(transactional = false)
class RunFiguresTest extends TestMarketTest {

    private static final String QUOKKA = "00000000-0000-0000-0000-00000000c0c3";
    private static final String QUOKKA_USER = "founder-q@test.nl";

    @Test
    @SuppressWarnings("unchecked")
    void needsWithoutAHomeProvinceAreCountedApartNotAsAProvinceCalledNull() throws Exception {
        RunDriver driver = new RunDriver(http);
        sql.execute("INSERT INTO company (id, name, sector) VALUES ('%s', 'Quokka Biologics', 'vaccines')".formatted(QUOKKA));
        accounts.create("test", QUOKKA_USER, "Founder Q", TestMarket.PASSWORD,
                new AccountBinding(Roles.COMPANY, null, UUID.fromString(QUOKKA), null, false));
        List<String> founders = List.of(http.token(COMPANY_X_USER), http.token(COMPANY_Y_USER), http.token(QUOKKA_USER));
        for (int i = 1; i <= 3; i++) {
            driver.postNeed(founders.get(i - 1), """
                    {"title":"Anywhere in the Randstad %d","labM2":%d,"officeM2":20,"containment":"ML-I",
                     "moveInEarliest":"2027-03","moveInLatest":"2027-09","termMonths":24,"provinces":["PV26","PV27","PV28"],
                     "sector":"diagnostics"}""".formatted(i, 100 * i));
        }
        assertThat(sql.count("need WHERE home_province_code IS NULL")).isEqualTo(3);
        String run = driver.run("{\"budgetSeconds\":5,\"seed\":1}", http.token(ADMIN));

        var reply = http.send(HttpRequest.GET("/api/matching/runs/" + run + "/figures"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("\"null\"");
        Map<String, Object> figures = http.object(reply);
        assertThat((List<Map<String, Object>>) figures.get("provinces")).extracting(p -> p.get("province"))
                .allSatisfy(code -> assertThat(Vocabulary.PROVINCES).contains((String) code))
                .containsExactlyInAnyOrder("PV26", "PV28");
        // Three companies' needs without a home province pass the rule, but the two provinces' needs come from two
        // companies: withheld together they could still be recovered from the total, so this bucket is withheld too.
        assertThat((Map<String, Object>) figures.get("withoutProvince")).containsEntry("withheld", true)
                .doesNotContainKey("needs");
        assertThat((Map<String, Object>) figures.get("total")).containsEntry("withheld", false).containsEntry("needs", 5);
        // the fixture's Zuid-Holland need is one company's: withheld
        assertThat((List<Map<String, Object>>) figures.get("provinces")).filteredOn(p -> "PV28".equals(p.get("province")))
                .singleElement().satisfies(p -> assertThat(p).containsEntry("withheld", true).doesNotContainKey("needs"));
    }
}
