package nl.labspace.enquiry;

import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.MANAGER_B;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import nl.labspace.TestMarketTest;
import nl.labspace.mail.ReceivedMail;
import nl.labspace.mail.TestMail;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Done when: an enquiry goes from a company to the campus and back with emails on both sides, each in its
 * recipient's language with a link to the thread; the campus's mail of an anonymous enquiry never names the company;
 * a refused enquiry mails nothing.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class EnquiryMailTest extends TestMarketTest implements TestPropertyProvider {

    @RegisterExtension
    static final TestMail mail = TestMail.start();

    private EnquiryMarket market;
    private String manager;
    private String unit;

    @Override
    public Map<String, String> getProperties() {
        return mail.properties();
    }

    @BeforeAll
    void actors() {
        market = new EnquiryMarket(http);
        manager = http.token(MANAGER_A);
        unit = market.publishUnitOfCampusA(manager, "Suite M1");
        // the campus manager reads English; the companies keep the default, Dutch
        sql.execute("UPDATE account SET language = 'en' WHERE email = '" + MANAGER_A + "'");
    }

    @Test
    void anEnquiryGoesToTheCampusAndTheReplyBackWithMailsOnBothSides() {
        String y = http.token(COMPANY_Y_USER);
        String viewing = EnquiryMarket.today().plusDays(10).toString();
        var asked = market.ask(y, unit, "{\"message\":\"Is the fume hood ducted?\\nWe use solvents.\",\"viewingDate\":\"" + viewing + "\"}");
        String id = (String) http.object(asked).get("id");

        ReceivedMail received = awaitMail(MANAGER_A, EnquiryNotices.RECEIVED, "fume hood");
        assertThat(received.subject()).isEqualTo("New enquiry about Suite M1");
        assertThat(received.language()).isEqualTo("en");
        assertThat(received.text()).contains("Yarrow Diagnostics asks about Suite M1 (Campus A):")
                .contains("Is the fume hood ducted?\nWe use solvents.").contains("They would like to view it on ");
        String campusLink = received.link("/console/campus/enquiries/" + id);
        assertThat(http.get(path(campusLink), manager).status()).isEqualTo(200);

        market.reply(manager, id, "Yes, ducted to the roof.");

        ReceivedMail reply = awaitMail(COMPANY_Y_USER, EnquiryNotices.REPLY, "ducted to the roof");
        assertThat(reply.subject()).isEqualTo("Campus A heeft uw vraag over Suite M1 beantwoord");
        assertThat(reply.language()).isEqualTo("nl");
        assertThat(reply.text()).contains("Yes, ducted to the roof.");
        assertThat(http.get(path(reply.link("/console/company/enquiries/" + id)), y).status()).isEqualTo(200);

        market.reply(y, id, "Great, see you then.");
        assertThat(awaitMail(MANAGER_A, EnquiryNotices.MESSAGE, "see you then").subject()).isEqualTo("New message about Suite M1");
        assertThat(mail.settle(Duration.ofMillis(500), m -> m.isTo(MANAGER_B))).isEmpty();
    }

    @Test
    void theCampusMailOfAnAnonymousEnquiryNeverNamesTheCompany() {
        String x = http.token(COMPANY_X_USER);
        String need = market.postConfidentialNeed(x, "Covert vaccine line");
        var asked = market.ask(x, unit, "{\"message\":\"Anonymous question\",\"anonymous\":true,\"needId\":\"" + need + "\"}");
        String id = (String) http.object(asked).get("id");

        ReceivedMail received = mail.await(1, m -> m.isTo(MANAGER_A) && m.text().contains("Anonymous question")).get(0);

        assertThat(received.text()).contains("Anonymous company (drug discovery, 500–1000 m²) asks about Suite M1")
                .contains("/console/campus/enquiries/" + id);
        for (String part : new String[] {received.subject(), received.text(), String.valueOf(received.html())}) {
            assertThat(part).doesNotContain("Xylo").doesNotContain("Founder X").doesNotContain(COMPANY_X_USER)
                    .doesNotContain("Covert").doesNotContain(need);
        }
    }

    @Test
    void aRefusedEnquiryMailsNothing() {
        String before = sql.column("SELECT count(*) FROM mail_outbox").get(0);

        assertThat(market.ask(http.token(COMPANY_Y_USER), unit, "{\"message\":\"\"}").status()).isEqualTo(400);

        assertThat(sql.column("SELECT count(*) FROM mail_outbox").get(0)).isEqualTo(before);
    }

    /** The one mail of this kind to this address whose text holds part (the tests of this class share one server). */
    private static ReceivedMail awaitMail(String to, String kind, String part) {
        return mail.await(1, m -> m.isTo(to) && kind.equals(m.kind()) && m.text().contains(part)).get(0);
    }

    /** The path of an absolute link (the mail points at this test server). */
    private static String path(String link) {
        return HttpRequest.GET(link).getPath();
    }
}
