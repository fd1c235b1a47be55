package nl.labspace.need;

import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.NEED_X;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.FormSession;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.Test;

/**
 * The need form asks "at most m² in total" (rule 2b) and shows the default that applies when it stays empty; a
 * maximum below the asked area is named at its field in the page's language, and nothing is written.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class NeedSizeFieldPageTest extends TestMarketTest {

    /** X's need as stored (400 lab + 150 office, ML-II, near Leiden), with a chosen maximum. */
    private static final String EDIT = "title=Secret+relocation+lab&labM2=400&officeM2=150&containment=ML-II&gmp=none"
            + "&moveInEarliest=2027-03&moveInLatest=2027-09&termMonths=36&near=52.1600%2C4.4900&maxKm=40&maxUnits=3"
            + "&sector=drug-discovery&confidential=true&version=0&maxM2=";

    @Test
    void theEditFormShowsTheFieldAndTheDefaultForTheStoredAreas() {
        Reply page = FormSession.signIn(http, COMPANY_X_USER).page("/console/company/needs/" + NEED_X + "/edit");

        assertThat(page.status()).isEqualTo(200);
        // 550 m2 asked: 1.5 times is 825 m2, more than 50 m2 over.
        assertThat(page.body()).contains("id=\"n-maxM2\"", "name=\"maxM2\"", "placeholder=\"825\"")
                .containsAnyOf("825 m² bij deze oppervlakten", "825 m² for these areas");
    }

    @Test
    void aMaximumBelowTheAskedAreaIsNamedAtItsFieldInDutchAndNothingIsWritten() {
        FormSession company = FormSession.signIn(http, COMPANY_X_USER);

        Reply refused = company.postIn("nl", "/console/company/needs/" + NEED_X, EDIT + "500");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"e-maxM2\"", "moet minstens 550 zijn");
        assertThat(sql.column("SELECT coalesce(max_m2::text, 'none') FROM need WHERE id = '" + NEED_X + "'"))
                .containsExactly("none");

        Reply saved = company.postIn("nl", "/console/company/needs/" + NEED_X, EDIT + "700");
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(sql.column("SELECT max_m2 FROM need WHERE id = '" + NEED_X + "'")).containsExactly("700");
    }
}
