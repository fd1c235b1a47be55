package nl.labspace.listing;

import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.CAMPUS_B;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.UNIT_A;
import static nl.labspace.TestMarket.UNIT_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarket;
import nl.labspace.TestMarketTest;
import nl.labspace.account.AccountBinding;
import nl.labspace.account.FormSession;
import nl.labspace.account.Roles;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The campus console's forms over HTTP as a browser sends them (session cookie, form token): publish, edit with the
 * version read, withdraw, reconfirm every stale unit, CSV import and export, and the campus profile. Bad input is
 * answered 400 with the error at its field and the typed values kept, and nothing is written; another campus's
 * unit or campus answers 404 as in the API.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class CampusConsolePagesTest extends TestMarketTest {

    static final String MANAGER_AB = "manager-ab@test.nl";
    static final String GOOD_UNIT = "campusId=" + CAMPUS_A + "&name=%s&labM2=240&officeM2=90&containment=ML-II&gmp=none"
            + "&features=fume-hood&features=lab-gases&availableFrom=2027-05&availableUntil=&rentPerM2Year=335,50"
            + "&minTermMonths=12&maxTermMonths=&status=available&deliveryMonth=";

    static final String HEADER = "id,name,lab_m2,office_m2,containment,gmp,features,available_from,available_until,"
            + "rent_per_m2_year,min_term_months,max_term_months,status,delivery_month\n";

    private FormSession manager;

    @BeforeAll
    void signIn() {
        accounts.create("test", MANAGER_AB, "Manager AB", TestMarket.PASSWORD,
                new AccountBinding(Roles.CAMPUS_MANAGER, List.of(CAMPUS_A, CAMPUS_B), null, null, false));
        manager = FormSession.signIn(http, MANAGER_A);
    }

    @Test
    void aManagerPublishesAUnitWithEveryField() {
        Reply form = manager.get("/console/campus/units/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"unit-form\"").contains("name=\"features\" value=\"fume-hood\"").contains("name=\"once\"")
                .doesNotContain("id=\"u-campusId\"").contains("name=\"campusId\" value=\"" + CAMPUS_A + "\"");

        Reply published = manager.post("/console/campus/units", GOOD_UNIT.formatted("Suite+2.14"));
        assertThat(published.status()).as(published.body()).isEqualTo(303);
        assertThat(published.headers().get(HttpHeaders.LOCATION)).isEqualTo("/console/campus?done=published#units");
        assertThat(sql.column("SELECT concat_ws('|', campus_id, lab_m2, office_m2, containment, array_to_string(features, ';'),"
                + " available_from, rent_per_m2_year, min_term_months, status) FROM unit WHERE name = 'Suite 2.14'"))
                .containsExactly(CAMPUS_A + "|240|90|ML-II|fume-hood;lab-gases|2027-05-01|335.50|12|available");
        assertThat(manager.get("/console/campus?done=published").body()).contains("Suite 2.14").contains("id=\"console-message\"");
    }

    @Test
    void aBadUnitKeepsTheValuesNamesEachFieldAndWritesNothing() {
        long before = sql.count("unit");
        Reply bad = manager.post("/console/campus/units", "campusId=" + CAMPUS_A + "&name=Keep+me&labM2=many&officeM2=-5"
                + "&containment=ML-II&gmp=none&features=autoclave&availableFrom=2027-05&availableUntil=2027-01"
                + "&rentPerM2Year=&minTermMonths=12&status=planned&deliveryMonth=");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"form-problem\"").contains("value=\"Keep me\"").contains("value=\"many\"")
                .contains("value=\"-5\"").contains("value=\"2027-01\"")
                .containsPattern("value=\"autoclave\"[^>]*checked")
                .containsPattern("id=\"u-labM2\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"e-labM2\"")
                .contains("id=\"e-labM2\"").contains("id=\"e-officeM2\"").contains("id=\"e-availableUntil\"")
                .contains("id=\"e-rentPerM2Year\"").contains("id=\"e-deliveryMonth\"")
                .containsPattern("<option value=\"planned\" selected");
        assertThat(sql.count("unit")).isEqualTo(before);
    }

    @Test
    void aManagerOfSeveralCampusesChoosesTheCampus() {
        FormSession both = FormSession.signIn(http, MANAGER_AB);
        assertThat(both.get("/console/campus/units/new?campus=" + CAMPUS_B).body()).contains("id=\"u-campusId\"")
                .containsPattern("<option value=\"" + CAMPUS_B + "\" selected");
        Reply published = both.post("/console/campus/units", GOOD_UNIT.replace(CAMPUS_A, CAMPUS_B).formatted("Bilt+hall"));
        assertThat(published.status()).as(published.body()).isEqualTo(303);
        assertThat(sql.column("SELECT campus_id FROM unit WHERE name = 'Bilt hall'")).containsExactly(CAMPUS_B);
    }

    @Test
    void anotherCampusIsNotFound() {
        long before = sql.count("unit");
        assertThat(manager.post("/console/campus/units", GOOD_UNIT.replace(CAMPUS_A, CAMPUS_B).formatted("Sneaky")).status()).isEqualTo(404);
        assertThat(manager.get("/console/campus/units/" + UNIT_B + "/edit").status()).isEqualTo(404);
        assertThat(manager.post("/console/campus/units/" + UNIT_B, GOOD_UNIT.formatted("Sneaky") + "&version=1").status()).isEqualTo(404);
        assertThat(manager.post("/console/campus/units/" + UNIT_B + "/withdraw", "").status()).isEqualTo(404);
        assertThat(manager.get("/console/campus/campuses/" + CAMPUS_B + "/profile").status()).isEqualTo(404);
        assertThat(manager.post("/console/campus/campuses/" + CAMPUS_B + "/profile", "website=https://x.nl").status()).isEqualTo(404);
        assertThat(sql.count("unit")).isEqualTo(before);
        assertThat(sql.column("SELECT status FROM unit WHERE id = '" + UNIT_B + "'")).containsExactly("available");
    }

    @Test
    void anEditThatLostTheRaceKeepsTheManagersValuesAndShowsTheCurrentOnes() {
        Reply published = manager.post("/console/campus/units", GOOD_UNIT.formatted("Race+unit"));
        assertThat(published.status()).isEqualTo(303);
        String id = sql.column("SELECT id FROM unit WHERE name = 'Race unit'").get(0);
        Reply edit = manager.get("/console/campus/units/" + id + "/edit");
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.body()).contains("value=\"Race unit\"").contains("name=\"version\" value=\"0\"")
                .containsPattern("value=\"lab-gases\"[^>]*checked").contains("value=\"335.50\"");
        sql.execute("UPDATE unit SET lab_m2 = 260, version = version + 1 WHERE id = '" + id + "'"); // someone else saved

        Reply lost = manager.post("/console/campus/units/" + id, GOOD_UNIT.formatted("Race+unit+renamed") + "&version=0");
        assertThat(lost.status()).isEqualTo(409);
        assertThat(lost.body()).contains("id=\"unit-changed\"").contains("value=\"Race unit renamed\"")
                .contains("name=\"version\" value=\"1\"").containsPattern("260[\\s\u00a0]m²");
        assertThat(sql.column("SELECT name || '|' || lab_m2 FROM unit WHERE id = '" + id + "'")).containsExactly("Race unit|260");

        Reply saved = manager.post("/console/campus/units/" + id, GOOD_UNIT.formatted("Race+unit+renamed") + "&version=1");
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(saved.headers().get(HttpHeaders.LOCATION)).isEqualTo("/console/campus?done=unit-edited#units");
        assertThat(sql.column("SELECT name || '|' || lab_m2 FROM unit WHERE id = '" + id + "'")).containsExactly("Race unit renamed|240");
    }

    @Test
    void aBadEditWritesNothing() {
        String version = sql.column("SELECT version FROM unit WHERE id = '" + UNIT_A + "'").get(0);
        Reply bad = manager.post("/console/campus/units/" + UNIT_A, GOOD_UNIT.formatted("") + "&version=" + version);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"e-name\"").contains("name=\"version\" value=\"" + version + "\"");
        assertThat(sql.column("SELECT name FROM unit WHERE id = '" + UNIT_A + "'")).containsExactly("A1");
    }

    @Test
    void aManagerWithdrawsAUnit() {
        manager.post("/console/campus/units", GOOD_UNIT.formatted("Leaving+unit"));
        String id = sql.column("SELECT id FROM unit WHERE name = 'Leaving unit'").get(0);
        Reply withdrawn = manager.post("/console/campus/units/" + id + "/withdraw", "");
        assertThat(withdrawn.status()).isEqualTo(303);
        assertThat(withdrawn.headers().get(HttpHeaders.LOCATION)).isEqualTo("/console/campus?done=unit-withdrawn#units");
        assertThat(sql.column("SELECT status FROM unit WHERE id = '" + id + "'")).containsExactly("withdrawn");
        assertThat(manager.get("/console/campus").body()).as("a withdrawn unit has no public page to link to")
                .doesNotContain("href=\"/units/" + id + "\"").contains("href=\"/console/campus/units/" + id + "/edit\"")
                .contains("href=\"/units/" + UNIT_A + "\"");

        Reply edit = manager.get("/console/campus/units/" + id + "/edit");
        assertThat(edit.body()).as("the edit form says it is withdrawn").containsPattern("value=\"withdrawn\"[^>]*selected");
        String version = sql.column("SELECT version FROM unit WHERE id = '" + id + "'").get(0);
        Reply corrected = manager.post("/console/campus/units/" + id, GOOD_UNIT.formatted("Leaving+unit+corrected")
                .replace("status=available", "status=withdrawn") + "&version=" + version);
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(303);
        assertThat(corrected.headers().get(HttpHeaders.LOCATION)).isEqualTo("/console/campus?done=unit-kept-withdrawn#units");
        assertThat(sql.column("SELECT name || '|' || status FROM unit WHERE id = '" + id + "'"))
                .as("corrected, and still not on offer").containsExactly("Leaving unit corrected|withdrawn");
        assertThat(manager.get("/console/campus?done=unit-kept-withdrawn").body()).contains("id=\"console-message\"");
        assertThat(manager.get("/console/campus?done=no-such-word").body()).doesNotContain("??").doesNotContain("id=\"console-message\"");
    }

    @Test
    void aRentWithAThousandsSeparatorIsRefusedNotMisread() {
        Reply bad = manager.post("/console/campus/units", GOOD_UNIT.formatted("Grouped+rent").replace("rentPerM2Year=335,50", "rentPerM2Year=1.250"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"e-rentPerM2Year\"").contains("value=\"1.250\"");
        assertThat(sql.column("SELECT count(*) FROM unit WHERE name = 'Grouped rent'")).containsExactly("0");
    }

    @Test
    void oneClickReconfirmsEveryStaleUnitOfMyCampusesOnly() {
        sql.execute("UPDATE unit SET last_confirmed = DATE '2020-01-01' WHERE id IN ('" + UNIT_A + "', '" + UNIT_B + "')");
        String console = manager.get("/console/campus").body();
        assertThat(console).contains("action=\"/console/campus/stale-units/reconfirm\"").containsPattern("class=\"count warn\">[^<]*1");
        Reply done = manager.post("/console/campus/stale-units/reconfirm", "");
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.headers().get(HttpHeaders.LOCATION)).isEqualTo("/console/campus?done=reconfirmed-all#units");
        assertThat(sql.column("SELECT (last_confirmed = (now() AT TIME ZONE 'Europe/Amsterdam')::date)::text FROM unit WHERE id = '" + UNIT_A + "'")).containsExactly("true");
        assertThat(sql.column("SELECT last_confirmed::text FROM unit WHERE id = '" + UNIT_B + "'")).containsExactly("2020-01-01");
        assertThat(manager.get("/console/campus").body()).doesNotContain("/console/campus/stale-units/reconfirm");
        sql.execute("UPDATE unit SET last_confirmed = (now() AT TIME ZONE 'Europe/Amsterdam')::date WHERE id = '" + UNIT_B + "'");
    }

    @Test
    void aCsvWithABadRowListsEachProblemAndImportsNothing() {
        long before = sql.count("unit");
        String file = "id,name,lab_m2,office_m2,containment,gmp,features,available_from,available_until,rent_per_m2_year,"
                + "min_term_months,max_term_months,status,delivery_month\n"
                + ",Good row,100,10,ML-I,none,,2027-03,,300,12,,available,\n"
                + ",Bad row,-5,10,BSL-2,none,,2027-03,,300,12,,available,\n";
        Reply rejected = manager.upload("/console/campus/import", csv(CAMPUS_A, file));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(400);
        assertThat(rejected.body()).contains("id=\"csv-problem-table\"")
                .containsPattern("<td role=\"cell\" class=\"num\"[^>]*>3</td>\\s*<td[^>]*><code>lab_m2</code>[\\s\\S]*?<code>-5</code>[\\s\\S]*?moet minstens 0 zijn")
                .containsPattern("<code>containment</code>[\\s\\S]*?<code>BSL-2</code>");
        assertThat(sql.count("unit")).isEqualTo(before);
    }

    @Test
    void aGoodCsvIsImportedAndTheCountsShown() {
        String file = "id,name,lab_m2,office_m2,containment,gmp,features,available_from,available_until,rent_per_m2_year,"
                + "min_term_months,max_term_months,status,delivery_month\n"
                + ",Csv pilot hall,800,0,ML-I,C,,2027-10,,290.50,24,,planned,2027-09\n";
        Reply imported = manager.upload("/console/campus/import", csv(CAMPUS_A, file));
        assertThat(imported.status()).as(imported.body()).isEqualTo(303);
        String location = imported.headers().get(HttpHeaders.LOCATION);
        assertThat(location).isEqualTo("/console/campus/import?campus=" + CAMPUS_A + "&done=imported&created=1&updated=0");
        assertThat(sql.column("SELECT status FROM unit WHERE name = 'Csv pilot hall'")).containsExactly("planned");
        assertThat(manager.get(location).body()).contains("id=\"console-message\"").contains("Campus A");
        assertThat(manager.upload("/console/campus/import", csv(CAMPUS_B, file)).status()).isEqualTo(404);
    }

    @Test
    void theExportLinkGivesTheCampusUnitsAsCsv() {
        String page = manager.get("/console/campus/import").body();
        assertThat(page).contains("href=\"/api/campuses/" + CAMPUS_A + "/units.csv\"").contains("enctype=\"multipart/form-data\"");
        Reply export = manager.get("/api/campuses/" + CAMPUS_A + "/units.csv");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.body()).startsWith("id,name,lab_m2,office_m2,").contains(UNIT_A + ",A1,300,100,ML-II")
                .doesNotContain(UNIT_B.toString());
    }

    @Test
    void aManagerEditsTheCampusProfile() {
        Reply page = manager.get("/console/campus/campuses/" + CAMPUS_A + "/profile");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"profile-form\"").contains("name=\"focus\" value=\"vaccines\"");

        Reply bad = manager.post("/console/campus/campuses/" + CAMPUS_A + "/profile", "focus=vaccines&focusOther=Not+OK"
                + "&sharedFacilities=NMR+centre&website=ftp://x&contactEmail=nope");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"e-website\"").contains("id=\"e-contactEmail\"").contains("id=\"e-focusOther\"")
                .contains("value=\"ftp://x\"").contains("value=\"Not OK\"").containsPattern("value=\"vaccines\"[^>]*checked");
        assertThat(sql.column("SELECT coalesce(website, '-') FROM campus WHERE id = '" + CAMPUS_A + "'")).containsExactly("-");

        Reply saved = manager.post("/console/campus/campuses/" + CAMPUS_A + "/profile", "focus=vaccines&focus=oncology"
                + "&focusOther=plant-science&sharedFacilities=NMR+centre%0D%0A%0D%0Avivarium&website=https://a.example.nl"
                + "&contactEmail=lab@a.example.nl");
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(saved.headers().get(HttpHeaders.LOCATION)).isEqualTo("/console/campus/campuses/" + CAMPUS_A + "/profile?done=profile-saved");
        assertThat(sql.column("SELECT concat_ws('|', array_to_string(focus, ';'), array_to_string(shared_facilities, ';'), website,"
                + " contact_email) FROM campus WHERE id = '" + CAMPUS_A + "'"))
                .containsExactly("vaccines;oncology;plant-science|NMR centre;vivarium|https://a.example.nl|lab@a.example.nl");
    }

    @Test
    void aPublishFormSentTwicePublishesOnce() {
        String once = "&once=" + UUID.randomUUID();
        Reply first = manager.post("/console/campus/units", GOOD_UNIT.formatted("Twice+sent") + once);
        Reply second = manager.post("/console/campus/units", GOOD_UNIT.formatted("Twice+sent") + once);
        assertThat(first.headers().get(HttpHeaders.LOCATION)).isEqualTo("/console/campus?done=published#units");
        assertThat(second.headers().get(HttpHeaders.LOCATION)).isEqualTo("/console/campus?done=already#units");
        assertThat(sql.column("SELECT count(*)::text FROM unit WHERE name = 'Twice sent'")).containsExactly("1");
    }

    @Test
    void anImportFormSentTwiceImportsOnceAndARejectedFileDoesNotUseItsClaim() {
        String once = UUID.randomUUID().toString();
        String bad = HEADER + ",Once hall,-1,10,ML-I,none,,2027-03,,300,12,,available,\n";
        assertThat(manager.upload("/console/campus/import", csv(CAMPUS_A, bad, once)).status()).isEqualTo(400);
        String good = bad.replace(",-1,", ",100,");
        assertThat(manager.upload("/console/campus/import", csv(CAMPUS_A, good, once)).headers().get(HttpHeaders.LOCATION))
                .contains("done=imported&created=1");
        assertThat(manager.upload("/console/campus/import", csv(CAMPUS_A, good, once)).headers().get(HttpHeaders.LOCATION))
                .isEqualTo("/console/campus/import?done=already");
        assertThat(sql.column("SELECT count(*)::text FROM unit WHERE name = 'Once hall'")).containsExactly("1");
    }

    @Test
    void anAnonymousBrowserIsSentToSignIn() {
        Reply sent = http.send(io.micronaut.http.HttpRequest.GET("/console/campus/units/new").accept(MediaType.TEXT_HTML_TYPE));
        assertThat(sent.status()).isEqualTo(303);
        assertThat(sent.headers().get(HttpHeaders.LOCATION)).isEqualTo("/login");
    }

    private static MultipartBody csv(String campus, String file) {
        return csv(campus, file, null);
    }

    private static MultipartBody csv(String campus, String file, String once) {
        MultipartBody.Builder parts = MultipartBody.builder().addPart("campusId", campus)
                .addPart("file", "units.csv", MediaType.of("text/csv"), file.getBytes(StandardCharsets.UTF_8));
        if (once != null) {
            parts.addPart("once", once);
        }
        return parts.build();
    }
}
