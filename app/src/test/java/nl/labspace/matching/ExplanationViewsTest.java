package nl.labspace.matching;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.CAMPUS_B;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.MANAGER_B;
import static nl.labspace.TestMarket.NEED_Y;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What each role reads of a run's explanations, through the API and the consoles, on a market built through the
 * API: a confidential need of company X and an open need of company Y want the same cheap unit on campus B; Y's
 * need fits only that unit, so X's need gets a dearer one and its explanation names the cheaper unit's holder.
 * Every reader answers without a 5xx, and none reads another tenant's need ids, titles or name.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class ExplanationViewsTest extends TestMarketTest {

    private String secretNeed;
    private String openNeed;

    @BeforeAll
    void aRunWhereAConfidentialNeedLosesTheCheaperUnit() throws Exception {
        String managerB = http.token(MANAGER_B);
        String companyX = http.token(COMPANY_X_USER);
        String companyY = http.token(COMPANY_Y_USER);
        assertThat(post("/api/needs/" + NEED_Y + "/withdraw", null, companyY).status()).isEqualTo(200);
        publish(managerB, "Cheap hall", 200);
        publish(managerB, "Dear hall", 400);
        openNeed = postNeed(companyY, "Yarrow cheap lab", false, 250);
        secretNeed = postNeed(companyX, "Xylo stealth lab", true, 450);
        String admin = http.token(ADMIN);
        Reply started = post("/api/admin/matching/runs", "{\"budgetSeconds\":5,\"seed\":5}", admin);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        awaitEnd((String) http.object(started).get("id"), admin);
    }

    @Test
    void theCampusReadsTheConfidentialNeedsProposalWhoseCheaperUnitIsHeldByAnotherNeed() {
        Reply proposals = http.get("/api/proposals", http.token(MANAGER_B));
        assertThat(proposals.status()).as(proposals.body()).isEqualTo(200);
        Reply console = http.get("/console/campus", http.token(MANAGER_B));
        assertThat(console.status()).as(console.body()).isEqualTo(200);
    }

    private void publish(String manager, String name, int rent) {
        Reply created = post("/api/campuses/" + CAMPUS_B + "/units", """
                {"name":"%s","labM2":300,"officeM2":50,"containment":"ML-I","gmp":"none","availableFrom":"2027-01",
                 "rentPerM2Year":%d,"minTermMonths":12,"maxTermMonths":60}""".formatted(name, rent), manager);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private String postNeed(String company, String title, boolean confidential, int maxRent) {
        Reply posted = post("/api/needs", """
                {"title":"%s","labM2":280,"officeM2":40,"containment":"ML-I","moveInEarliest":"2027-02",
                 "moveInLatest":"2027-06","termMonths":24,"maxRentPerM2Year":%d,"maxUnits":1,
                 "near":{"lat":52.0855,"lon":5.1730,"maxKm":30},"sector":"diagnostics","confidential":%s}"""
                .formatted(title, maxRent, confidential), company);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return (String) http.object(posted).get("id");
    }

    private void awaitEnd(String run, String admin) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            Map<String, Object> status = http.object(http.get("/api/admin/matching/runs/" + run + "/status", admin));
            if (!"solving".equals(status.get("status"))) {
                assertThat(status).containsEntry("status", "finished");
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("run " + run + " did not end within 60 s");
    }

    private Reply post(String path, String body, String token) {
        var request = HttpRequest.POST(path, body == null ? "" : body).bearerAuth(token);
        return http.send(body == null ? request : request.contentType(MediaType.APPLICATION_JSON_TYPE));
    }
}
