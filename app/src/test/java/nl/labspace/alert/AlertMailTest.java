package nl.labspace.alert;

import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.MANAGER_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import nl.labspace.mail.ReceivedMail;
import nl.labspace.mail.TestMail;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Alert mails as their recipients get them (GreenMail): every match listed up to 50 with a link to the page with
 * all of them, a link to manage alerts, and a one-click unsubscribe link that works without sign-in while a forged
 * one changes nothing; a campus manager's demand alert shows a confidential need only anonymised.
 */
@MicronautTest(transactional = false)
class AlertMailTest extends TestMarketTest implements TestPropertyProvider {

    @RegisterExtension
    static final TestMail mail = TestMail.start();

    @Override
    public Map<String, String> getProperties() {
        return mail.properties();
    }

    @Inject
    AlertJob job;

    private AlertDriver alerts;
    private String company;
    private String manager;

    @BeforeAll
    void actors() {
        alerts = new AlertDriver(http, job, sql);
        company = http.token(COMPANY_X_USER);
        manager = http.token(MANAGER_A);
    }

    @Test
    void sixtyUnitsMakeAMailOfFiftyThatLinksToAllSixty() {
        UUID search = alerts.saveSearch(company, "Sixty", "minLabM2=2000", "instant");
        for (int i = 1; i <= 60; i++) {
            alerts.publish(manager, CAMPUS_A, "Unit " + i, 2000 + i, 300);
        }
        alerts.run();

        ReceivedMail m = one("Sixty");
        assertThat(m.kind()).isEqualTo("alert-space");
        assertThat(m.language()).isEqualTo("nl");
        assertThat(m.subject()).isEqualTo("Labspace: 60 nieuwe of gewijzigde ruimtes voor Sixty");
        assertThat(m.links().stream().filter(l -> l.contains("/units/"))).hasSize(50);
        assertThat(m.text()).contains("Deze mail toont er 50; alle 60 staan op deze pagina:");
        String fullList = m.link("/console/alerts/" + search + "/alerts/");
        Reply page = http.send(HttpRequest.GET(path(fullList)).accept(MediaType.TEXT_HTML_TYPE).bearerAuth(company));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().split("href=\"/units/", -1)).hasSize(61);
        assertThat(m.link("/console/alerts")).isNotNull();
    }

    @Test
    void theUnsubscribeLinkStopsTheAlertWithoutSignInAndAForgedOneChangesNothing() {
        UUID search = alerts.saveSearch(company, "Stop me", "minLabM2=7000", "instant");
        alerts.publish(manager, CAMPUS_A, "First", 7000, 300);
        alerts.run();
        String unsubscribe = one("Stop me").link("/alerts/unsubscribe/");
        String token = unsubscribe.substring(unsubscribe.lastIndexOf('/') + 1);

        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        Reply refused = http.send(HttpRequest.GET("/alerts/unsubscribe/" + forged).accept(MediaType.TEXT_HTML_TYPE));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(status(search)).isEqualTo("active");

        Reply done = http.send(HttpRequest.GET(path(unsubscribe)).accept(MediaType.TEXT_HTML_TYPE));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("Stop me");
        assertThat(status(search)).isEqualTo("unsubscribed");

        alerts.publish(manager, CAMPUS_A, "Second", 7001, 300);
        alerts.run();
        assertThat(mail.settle(Duration.ofSeconds(2), r -> r.subject().endsWith("Stop me"))).hasSize(1);
    }

    @Test
    void aDemandAlertShowsAConfidentialNeedOnlyAnonymised() {
        UUID search = alerts.saveSearch(manager, "Needs near A", "near=52.1687,4.4650&withinKm=30", "instant");
        Reply posted = http.send(HttpRequest.POST("/api/needs", """
                {"title":"Hush-hush gene lab","labM2":220,"officeM2":40,"containment":"ML-II","moveInEarliest":"2027-06",
                 "moveInLatest":"2027-12","termMonths":36,"near":{"lat":52.16,"lon":4.49,"maxKm":20},"provinces":["PV28"],
                 "sector":"cell-gene-therapy","confidential":true}""").contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(company));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        alerts.run();

        ReceivedMail m = one("Needs near A");
        assertThat(m.kind()).isEqualTo("alert-demand");
        assertThat(m.text()).contains("Vertrouwelijke ruimtevraag").doesNotContain("Hush-hush").doesNotContain("Xylo");
        List<Map<String, Object>> sent = alerts.alertsOf(manager, search);
        Reply detail = http.get("/api/alerts/" + search + "/alerts/" + sent.get(0).get("id"), manager);
        assertThat(detail.body()).contains("\"anonymous\":true").doesNotContain("Hush-hush").doesNotContain("cell-gene-therapy");
    }

    @Test
    void theMailIsInTheOwnersLanguage() {
        // the account's preferred language (V20); no endpoint of this feature sets it
        sql.execute("UPDATE account SET language = 'en' WHERE email = '" + COMPANY_Y_USER + "'");
        String english = http.token(COMPANY_Y_USER);
        alerts.saveSearch(english, "In English", "minLabM2=9000", "instant");
        alerts.publish(manager, CAMPUS_A, "Nine thousand", 9000, 300);
        alerts.run();

        ReceivedMail m = mail.await(1, r -> r.isTo(COMPANY_Y_USER)).get(0);
        assertThat(m.language()).isEqualTo("en");
        assertThat(m.subject()).isEqualTo("Labspace: 1 new or changed unit for In English");
        assertThat(m.text()).contains("New: Nine thousand at Campus A, Leiden.").contains("Unsubscribe from this alert");
    }

    private ReceivedMail one(String searchName) {
        return mail.await(1, r -> r.isTo(COMPANY_X_USER) && r.subject().endsWith(searchName)
                || r.isTo(MANAGER_A) && r.subject().endsWith(searchName)).get(0);
    }

    private String status(UUID search) {
        return (String) http.object(http.get("/api/alerts/" + search, company)).get("status");
    }

    /** The path of an absolute link (the mail's links point at this test server). */
    private static String path(String link) {
        return link.replaceFirst("^https?://[^/]+", "");
    }
}
