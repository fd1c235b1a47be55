package nl.labspace.insight;

import static nl.labspace.TestMarket.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarket;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Region figures are aggregates only: no names, and demand is withheld unless it comes from three distinct companies
 * (three needs of two companies stay withheld). Background demand in Noord-Holland (InsightMarket.background) is
 * where the country's sum finds the complement of Utrecht's withheld cell.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class RegionAggregatesTest extends TestMarketTest {

    private static final String ZUID_HOLLAND = "PV28";
    private static final String UTRECHT = "PV26";
    private static final String GRONINGEN = "PV20";
    private static final String QUOKKA = "00000000-0000-0000-0000-00000000c0c3";
    private static final String WOMBAT = "00000000-0000-0000-0000-00000000c0d4";
    private static final List<String> NAMES = List.of("Xylo", "Yarrow", "Quokka", "Secret relocation lab",
            "Diagnostics scale-up", "Covert assay lab", "Hidden cleanroom", "Dropped idea", "Wombat", "Burrow lab");

    private String adminToken;

    @BeforeAll
    void market() throws Exception {
        sql.execute("INSERT INTO company (id, name, sector) VALUES ('%s', 'Quokka Biologics', 'vaccines'), ('%s', 'Wombat Labs', 'vaccines')"
                .formatted(QUOKKA, WOMBAT));
        adminToken = http.token(ADMIN);
        // background demand in Noord-Holland: the complement of Utrecht's cell (Y alone), so Zuid-Holland can show
        new InsightMarket(http).background(sql, accounts, InsightMarket.NOORD_HOLLAND);
    }

    @Test
    void noFigureNamesACompanyOrANeed() {
        List<String> bodies = List.of(
                http.send(HttpRequest.GET("/api/insight/national")).body(),
                http.get("/api/insight/regions", adminToken).body(),
                http.get("/api/insight/regions?kind=corop", adminToken).body(),
                http.get("/api/insight/regions?kind=rom", adminToken).body(),
                http.get("/api/insight/regions/" + ZUID_HOLLAND, adminToken).body(),
                http.get("/api/insight/regions/" + ZUID_HOLLAND, http.token(TestMarket.FUND_ZH)).body());

        for (String body : bodies) {
            assertThat(body).contains("\"code\"");
            NAMES.forEach(name -> assertThat(body).doesNotContain(name));
        }
    }

    @Test
    void demandFiguresAppearOnlyFromOpenNeedsOfThreeCompanies() {
        assertWithheld(region(ZUID_HOLLAND));

        insertNeedOfQuokka("Dropped idea", 4.3571, 52.0116, 999, 999, "withdrawn");
        insertNeedOfQuokka("Covert assay lab", 4.3571, 52.0116, 120, 30, "open");
        assertWithheld(region(ZUID_HOLLAND));

        insertNeedOfQuokka("Hidden cleanroom", 4.4777, 51.9244, 80, 20, "open");
        // three open needs, but of two companies (Xylo's fixture need and Quokka's two)
        assertWithheld(region(ZUID_HOLLAND));

        insertNeed(WOMBAT, "Burrow lab", 4.4777, 51.9244, 60, 10, "open");

        Map<String, Object> shown = region(ZUID_HOLLAND);
        assertThat(shown).containsEntry("demandWithheld", false).containsEntry("openNeeds", 4)
                .containsEntry("neededLabM2", 400 + 120 + 80 + 60).containsEntry("neededOfficeM2", 150 + 30 + 20 + 10);
        assertThat(nationalProvince(ZUID_HOLLAND)).isEqualTo(shown);
        assertWithheld(region(UTRECHT));
    }

    @Test
    void supplyFiguresAreTheFixturesUnitsPerRegion() {
        String coropOfCampusA = sql.column("SELECT corop_code FROM campus WHERE id = '%s'".formatted(TestMarket.CAMPUS_A)).get(0);

        assertSupply(region(ZUID_HOLLAND), 1, 300, 100);
        assertSupply(region(coropOfCampusA), 1, 300, 100);
        assertSupply(region(UTRECHT), 1, 500, 200);
        assertSupply(region(GRONINGEN), 0, 0, 0);
        assertSupply(nationalProvince(ZUID_HOLLAND), 1, 300, 100);
        assertThat(region(GRONINGEN)).containsEntry("openNeeds", 0).containsEntry("demandWithheld", false);
    }

    @Test
    void aUnitSearchHidesAsStaleIsNoSupplyEither() {
        String stale = "00000000-0000-0000-0000-0000000051a1";
        sql.execute("""
                INSERT INTO unit (id, campus_id, name, lab_m2, office_m2, containment, available_from, rent_per_m2_year,
                                  last_confirmed)
                VALUES ('%s', '%s', 'Unconfirmed suite', 40, 10, 'none', '2027-01-01', 300, (now() AT TIME ZONE 'Europe/Amsterdam')::date - 62)"""
                .formatted(stale, TestMarket.CAMPUS_A));
        try {
            assertSupply(region(ZUID_HOLLAND), 1, 300, 100);
            assertSupply(nationalProvince(ZUID_HOLLAND), 1, 300, 100);

            sql.execute("UPDATE unit SET last_confirmed = (now() AT TIME ZONE 'Europe/Amsterdam')::date - 58 WHERE id = '%s'".formatted(stale));
            assertSupply(region(ZUID_HOLLAND), 2, 340, 110);
        } finally {
            sql.execute("DELETE FROM unit WHERE id = '%s'".formatted(stale));
        }
    }

    private Map<String, Object> region(String code) {
        Reply reply = http.get("/api/insight/regions/" + code, adminToken);
        assertThat(reply.status()).as("region " + code).isEqualTo(200);
        return http.object(reply);
    }

    private Map<String, Object> nationalProvince(String code) {
        return http.list(http.send(HttpRequest.GET("/api/insight/national"))).stream()
                .filter(r -> code.equals(r.get("code"))).findFirst().orElseThrow();
    }

    private static void assertWithheld(Map<String, Object> region) {
        assertThat(region).containsEntry("demandWithheld", true);
        assertThat(region.get("openNeeds")).isNull();
        assertThat(region.get("neededLabM2")).isNull();
        assertThat(region.get("neededOfficeM2")).isNull();
    }

    private static void assertSupply(Map<String, Object> region, int units, int labM2, int officeM2) {
        assertThat(region).as("supply of " + region.get("code")).containsEntry("availableUnits", units)
                .containsEntry("availableLabM2", labM2).containsEntry("availableOfficeM2", officeM2)
                .containsEntry("plannedUnits", 0).containsEntry("plannedLabM2", 0);
    }

    private void insertNeedOfQuokka(String title, double lon, double lat, int labM2, int officeM2, String status) {
        insertNeed(QUOKKA, title, lon, lat, labM2, officeM2, status);
    }

    private void insertNeed(String company, String title, double lon, double lat, int labM2, int officeM2, String status) {
        sql.execute("""
                INSERT INTO need (company_id, title, lab_m2, office_m2, move_in_earliest, move_in_latest, term_months,
                                  near_location, near_max_km, status)
                VALUES ('%s', '%s', %d, %d, '2027-05-01', '2027-10-01', 24,
                        ST_SetSRID(ST_MakePoint(%s, %s), 4326)::geography, 20, '%s')
                """.formatted(company, title, labM2, officeM2, lon, lat, status));
    }
}
