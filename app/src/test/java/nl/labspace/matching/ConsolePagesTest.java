package nl.labspace.matching;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.MANAGER_B;
import static nl.labspace.TestMarket.NEED_X;
import static nl.labspace.TestMarket.NEED_Y;
import static org.assertj.core.api.Assertions.assertThat;


import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarket;
import nl.labspace.TestMarketTest;
import nl.labspace.account.FormSession;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The consoles over HTTP as a browser uses them: a session cookie from the sign-in form and the form token on
 * every post. The run goes first, so the needs posted later do not change what it proposes.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsolePagesTest extends TestMarketTest {

    @Test
    @Order(1)
    void anAdminRunsTheCompanyAcceptsAndTheCampusConfirmsFromTheirConsoles() throws Exception {
        FormSession admin = FormSession.signIn(http, ADMIN);
        Reply started = admin.post("/console/admin/runs", "regions=&budgetSeconds=3");
        assertThat(started.status()).as(started.body()).isEqualTo(303);
        assertThat(started.headers().get(HttpHeaders.LOCATION)).isEqualTo("/console/admin/runs?done=started");
        String runs = admin.get("/console/admin/runs").body();
        assertThat(runs).contains("id=\"runs-table\"").contains("/snapshot");
        awaitRuns();
        assertThat(admin.get("/console/admin/runs").body()).contains("/solution").doesNotContain("class=\"card live-run\"");

        FormSession companyY = FormSession.signIn(http, COMPANY_Y_USER);
        String console = companyY.get("/console/company").body();
        String proposal = sql.column("SELECT id::text FROM proposal WHERE need_id = '" + NEED_Y + "' AND status = 'open'").get(0);
        assertThat(console).contains("/console/company/proposals/" + proposal + "/accept")
                .containsPattern("(unit|ruimte) [^<]+, (from|vanaf) [^<]+ (for|voor) 24 (months|maanden)");
        Reply accepted = companyY.post("/console/company/proposals/" + proposal + "/accept", "");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(303);
        assertThat(accepted.headers().get(HttpHeaders.LOCATION)).startsWith("/console/company?done=accepted");
        assertThat(sql.column("SELECT status FROM proposal WHERE id = '" + proposal + "'")).containsExactly("accepted");
        // a second accept is refused: the console as it stands, with the API's reason in the page's language
        Reply againNl = companyY.postIn("nl", "/console/company/proposals/" + proposal + "/accept", "");
        assertThat(againNl.status()).as(againNl.body()).isEqualTo(409);
        assertThat(againNl.body()).contains("id=\"console-refused\"")
                .contains("Dat lukte niet: het voorstel is aanvaard en kan dus niet aanvaard worden.");
        Reply againEn = companyY.postIn("en", "/console/company/proposals/" + proposal + "/accept", "");
        assertThat(againEn.status()).as(againEn.body()).isEqualTo(409);
        assertThat(againEn.body()).contains("That did not work: the proposal is accepted, so it cannot become accepted.");
        Reply api = http.send(HttpRequest.POST("/api/proposals/" + proposal + "/accept", "").bearerAuth(http.token(COMPANY_Y_USER)));
        assertThat(api.status()).isEqualTo(409);
        assertThat(api.body()).as("the API keeps its English detail and carries the code and values")
                .contains("\"detail\":\"proposal " + proposal + " is accepted, so it cannot become accepted\"")
                .contains("\"code\":\"PROPOSAL_STATUS\"").contains("\"values\":[\"accepted\",\"accepted\"]");

        FormSession managerB = FormSession.signIn(http, MANAGER_B);
        String campusConsole = managerB.get("/console/campus").body();
        assertThat(campusConsole).contains("/console/campus/proposals/" + proposal + "/confirm")
                .as("the menu's count goes to the first proposal to confirm").contains("href=\"/console/campus#to-confirm\"");
        String firstCard = campusConsole.substring(campusConsole.indexOf("class=\"card proposal\""));
        assertThat(firstCard.substring(0, firstCard.indexOf('>'))).as("the accepted proposal is the list's first card")
                .contains("id=\"to-confirm\"");
        int nextCard = firstCard.indexOf("class=\"card proposal\"", 1);
        assertThat(nextCard < 0 ? firstCard : firstCard.substring(0, nextCard)).contains("/console/campus/proposals/" + proposal + "/confirm");
        for (String manager : java.util.List.of(TestMarket.MANAGER_A, MANAGER_B)) {
            assertThat(FormSession.signIn(http, manager).get("/console/campus").body()).as("months in words, not ISO")
                    .doesNotContainPattern("\\d{4}-\\d{2} – ");
        }
        Reply confirmed = managerB.post("/console/campus/proposals/" + proposal + "/confirm", "");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(303);
        assertThat(sql.column("SELECT status FROM proposal WHERE id = '" + proposal + "'")).containsExactly("confirmed");
        assertThat(sql.column("SELECT action FROM audit_event WHERE subject = '" + proposal + "' ORDER BY id"))
                .containsExactly("proposal.accepted", "proposal.confirmed");

        // the decision first: on the campus console the confirmed proposal sits in its status group, under its units,
        // and the leased unit shows its lease in the units table
        String afterConfirm = managerB.get("/console/campus").body();
        String confirmedGroup = afterConfirm.substring(afterConfirm.indexOf("id=\"proposals-confirmed\""));
        assertThat(confirmedGroup).contains("class=\"unit-heading\"");
        assertThat(afterConfirm.indexOf("id=\"units-table\"")).isLessThan(afterConfirm.indexOf("id=\"proposals-confirmed\""));
        String unitsTable = afterConfirm.substring(afterConfirm.indexOf("id=\"units-table\""), afterConfirm.indexOf("</table>"));
        assertThat(unitsTable).containsPattern("(Verhuurd aan|Leased to) [^<]+, [a-z]+ \\d{4} – [a-z]+ \\d{4}");
        String companyConsole = companyY.get("/console/company").body();
        assertThat(companyConsole.indexOf("id=\"proposals\"")).as("proposals before the needs and the form")
                .isLessThan(companyConsole.indexOf("id=\"needs\"")).isLessThan(companyConsole.indexOf("id=\"post\""));
        assertThat(companyConsole).as("the company's name").contains("id=\"company-name\"")
                .as("the matched need's campus, units and months").containsPattern("class=\"match small-text\">(Bij|At) [^<]+, (vanaf|from) [^<]+ (voor|for) 24 (maanden|months)<")
                .as("the form opens on demand").contains("<details id=\"post\" class=\"card disclosure\">");
        Reply optionsOfMatched = companyY.page("/console/company?options=" + NEED_Y);
        assertThat(optionsOfMatched.status()).as("a matched need has no options").isEqualTo(409);
        assertThat(optionsOfMatched.body()).as("the error page says why in the page's language")
                .containsPattern("id=\"error-detail\">.*(de ruimtevraag is gematcht: alleen een open ruimtevraag heeft opties|the need is matched: only an open need has options)");
    }

    @Test
    @Order(2)
    void aCompanyPostsANeedThroughTheFormAndSeesIt() {
        FormSession company = FormSession.signIn(http, COMPANY_X_USER);
        Reply posted = company.post("/console/company/needs", "title=Console+lab+for+8&labM2=120&officeM2=40&containment=ML-II&gmp=none"
                + "&moveInEarliest=2027-03&moveInLatest=2027-06&termMonths=36&maxRentPerM2Year=400&near=&confidential=true");
        assertThat(posted.status()).as(posted.body()).isEqualTo(303);
        assertThat(posted.headers().get(HttpHeaders.LOCATION)).isEqualTo("/console/company?done=posted");
        String console = company.get("/console/company?done=posted").body();
        assertThat(console).contains("Console lab for 8").contains("id=\"console-message\"");
        assertThat(sql.column("SELECT confidential::text FROM need WHERE title = 'Console lab for 8'")).containsExactly("true");
        Reply options = company.get("/console/company?options=" + NEED_X);
        assertThat(options.status()).as(options.body()).isEqualTo(200);
        assertThat(options.body()).contains("id=\"options\"");
    }

    @Test
    @Order(3)
    void aBadFormKeepsTheValuesAndNamesTheField() {
        FormSession company = FormSession.signIn(http, COMPANY_X_USER);
        Reply bad = company.post("/console/company/needs", "title=Keep+me&labM2=many&officeM2=&moveInEarliest=2027-03"
                + "&moveInLatest=2027-01&termMonths=24");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("value=\"Keep me\"").contains("value=\"many\"").contains("id=\"e-labM2\"")
                .contains("id=\"e-moveInLatest\"").contains("id=\"form-problem\"")
                .containsPattern("id=\"n-labM2\"[^>]*aria-invalid=\"true\"");
        assertThat(sql.column("SELECT count(*)::text FROM need WHERE title = 'Keep me'")).containsExactly("0");

        Reply badKm = company.post("/console/company/needs", "title=Keep+km&labM2=100&officeM2=0&moveInEarliest=2027-03"
                + "&moveInLatest=2027-06&termMonths=24&near=52.1600,4.4900&maxKm=-3");
        assertThat(badKm.status()).isEqualTo(400);
        assertThat(badKm.body()).as("the radius is wrong, not the place").contains("id=\"e-maxKm\"").doesNotContain("id=\"e-near\"")
                .containsPattern("id=\"n-maxKm\"[^>]*aria-invalid=\"true\"");
    }

    @Test
    @Order(4)
    void aNeedIsEditedAndAnEditOverAStaleVersionIsKeptNotLost() {
        FormSession company = FormSession.signIn(http, COMPANY_X_USER);
        Reply edit = company.get("/console/company/needs/" + NEED_X + "/edit");
        int version = Integer.parseInt(sql.column("SELECT version::text FROM need WHERE id = '" + NEED_X + "'").get(0));
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.body()).contains("value=\"Secret relocation lab\"").contains("name=\"version\" value=\"" + version + "\"");

        String fields = "labM2=420&officeM2=150&containment=ML-II&gmp=none&moveInEarliest=2027-03&moveInLatest=2027-09"
                + "&termMonths=36&near=52.1600,4.4900&maxKm=40&features=fume-hood&features=lab-gases&provinces=PV28&sector=oncology"
                + "&confidential=true";
        Reply saved = company.post("/console/company/needs/" + NEED_X, "title=Relocation+lab+edited&version=" + version + "&" + fields);
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(saved.headers().get(HttpHeaders.LOCATION)).isEqualTo("/console/company?done=edited");
        assertThat(sql.column("SELECT title || ' ' || lab_m2 || ' ' || array_to_string(features, ',') || ' ' || sector FROM need WHERE id = '"
                + NEED_X + "'")).containsExactly("Relocation lab edited 420 fume-hood,lab-gases oncology");
        assertThat(sql.column("SELECT province_code FROM need_province WHERE need_id = '" + NEED_X + "'")).containsExactly("PV28");

        Reply stale = company.post("/console/company/needs/" + NEED_X, "title=My+later+edit&version=" + version + "&" + fields);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("id=\"edit-conflict\"").contains("value=\"My later edit\"")
                .contains("Relocation lab edited").contains("name=\"version\" value=\"" + (version + 1) + "\"")
                .containsPattern("value=\"fume-hood\"[^>]*checked");
        assertThat(sql.column("SELECT title FROM need WHERE id = '" + NEED_X + "'")).containsExactly("Relocation lab edited");
    }

    @Test
    @Order(5)
    void aFormSentTwiceAtOncePostsOneNeed() throws Exception {
        FormSession company = FormSession.signIn(http, COMPANY_X_USER);
        String body = "once=" + java.util.UUID.randomUUID() + "&title=Sent+twice&labM2=100&officeM2=20&containment=none&gmp=none"
                + "&moveInEarliest=2027-03&moveInLatest=2027-06&termMonths=24";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> company.post("/console/company/needs", body));
            var second = pool.submit(() -> company.post("/console/company/needs", body));
            assertThat(java.util.List.of(first.get().headers().get(HttpHeaders.LOCATION), second.get().headers().get(HttpHeaders.LOCATION)))
                    .containsExactlyInAnyOrder("/console/company?done=posted", "/console/company?done=already");
        } finally {
            pool.shutdown();
        }
        assertThat(company.post("/console/company/needs", body).headers().get(HttpHeaders.LOCATION))
                .as("and again later, from the back button").isEqualTo("/console/company?done=already");
        assertThat(sql.column("SELECT count(*)::text FROM need WHERE title = 'Sent twice'")).containsExactly("1");
    }

    @Test
    @Order(6)
    void aDutchPageSaysTheBrokenRuleInDutch() {
        FormSession company = FormSession.signIn(http, COMPANY_X_USER);
        Reply bad = company.postIn("nl-NL", "/console/company/needs", "title=&labM2=-5&termMonths=24");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("moet minstens 0 zijn").contains("is verplicht").doesNotContain("must be");
    }

    @Test
    @Order(7)
    void aNeedTheRunCouldNotPlaceShowsTheBindingRuleAndItsAlternatives() {
        FormSession company = FormSession.signIn(http, COMPANY_X_USER);
        assertThat(company.post("/console/company/needs", "title=Containment+lab&labM2=100&officeM2=20&containment=ML-III&gmp=none"
                + "&moveInEarliest=2027-03&moveInLatest=2027-06&termMonths=24").status()).isEqualTo(303);
        FormSession admin = FormSession.signIn(http, ADMIN);
        assertThat(admin.post("/console/admin/runs", "regions=&budgetSeconds=2").status()).isEqualTo(303);
        awaitRunsQuietly();
        assertThat(sql.column("SELECT p.status FROM proposal p JOIN need n ON n.id = p.need_id WHERE n.title = 'Containment lab'"
                + " AND p.status = 'unmatched'")).hasSize(1);
        String console = company.get("/console/company").body();
        assertThat(console).contains("id=\"why-not-list\"").contains("href=\"#why-not\"")
                .containsPattern("class=\"reason\">[^<]*ML-III");
    }

    @Test
    @Order(8)
    void aFundManagerSeesSupplyAndDemandOnlyInItsRegionsWithSmallDemandWithheld() {
        FormSession fund = FormSession.signIn(http, nl.labspace.TestMarket.FUND_ZH);
        // the dashboard's table: provinces are public, COROP regions only those inside the regions followed
        String provinces = fund.get("/console/fund?level=province&figure=demand-lab-m2").body();
        assertThat(provinces).contains("id=\"fund-figures\"").contains("data-code=\"PV28\"")
                .doesNotContain("Xylo").doesNotContain("Relocation lab");
        assertThat(provinces).containsPattern("class=\"num withheld\"[^>]*>[^<]*(companies|bedrijven|verraden|hidden figure)[^<]*<");
        String corops = fund.get("/console/fund?level=corop&figure=demand-lab-m2").body();
        assertThat(corops).contains("data-code=\"CR25\"").doesNotContain("data-code=\"CR17\"")
                .doesNotContain("Xylo").doesNotContain("Relocation lab");
    }

    @Test
    @Order(9)
    void tablesThatStackIntoCardsKeepTheirTableRolesForScreenReaders() {
        FormSession admin = FormSession.signIn(http, ADMIN);
        FormSession company = FormSession.signIn(http, COMPANY_X_USER);
        FormSession manager = FormSession.signIn(http, TestMarket.MANAGER_A);
        FormSession fund = FormSession.signIn(http, TestMarket.FUND_ZH);
        var pages = new java.util.LinkedHashMap<String, String>();
        pages.put("/", http.send(io.micronaut.http.HttpRequest.GET("/")).body());
        pages.put("/console/company", company.get("/console/company").body());
        pages.put("/console/campus", manager.get("/console/campus").body());
        pages.put("/console/fund", fund.get("/console/fund").body());
        pages.put("/console/admin/accounts", admin.get("/console/admin/accounts").body());
        pages.put("/console/admin/runs", admin.get("/console/admin/runs").body());
        pages.put("/console/admin/audit", admin.get("/console/admin/audit").body());
        var stacking = java.util.regex.Pattern.compile("<table\\b[^>]*class=\"[^\"]*stack-on-[^>]*>.*?</table>",
                java.util.regex.Pattern.DOTALL);
        var tag = java.util.regex.Pattern.compile("<(thead|tbody|tr|th|td)\\b[^>]*>");
        pages.forEach((path, html) -> {
            var tables = stacking.matcher(html);
            int found = 0;
            int cells = 0;
            while (tables.find()) {
                found++;
                String table = tables.group();
                String open = table.substring(0, table.indexOf('>') + 1);
                assertThat(open).as(path + ": a table shown as cards on a phone keeps role=table").contains("role=\"table\"");
                var tags = tag.matcher(table);
                while (tags.find()) {
                    String name = tags.group(1);
                    String element = tags.group();
                    String role = switch (name) {
                        case "thead", "tbody" -> "rowgroup";
                        case "tr" -> "row";
                        case "td" -> "cell";
                        default -> element.contains("scope=\"row\"") ? "rowheader" : "columnheader";
                    };
                    assertThat(element).as(path + ": " + element).contains("role=\"" + role + "\"");
                    cells += name.equals("td") ? 1 : 0;
                }
            }
            assertThat(found).as(path + " has a table that stacks on a phone").isPositive();
            assertThat(cells).as(path + " has cells in its stacking tables").isPositive();
        });
    }

    private void awaitRunsQuietly() {
        try {
            awaitRuns();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void awaitRuns() throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            if (sql.column("SELECT count(*)::text FROM matching_run WHERE status = 'solving'").get(0).equals("0")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the run did not end within 30 s");
    }
}
