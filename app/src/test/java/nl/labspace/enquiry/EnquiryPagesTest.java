package nl.labspace.enquiry;

import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.NEED_X;
import static nl.labspace.TestMarket.THREAD_X;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The enquiry pages in both languages: the unit page's form for a signed-in company only (anonymity offered only with a
 * confidential need), what users write shown as text with its line breaks and never as markup, the anonymous company
 * unnamed on the campus's pages, and a refused form coming back with its values and errors linked to their fields.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class EnquiryPagesTest extends TestMarketTest {

    private EnquiryMarket market;
    private String manager;
    private String unit;

    @BeforeAll
    void actors() {
        market = new EnquiryMarket(http);
        manager = http.token(MANAGER_A);
        unit = market.publishUnitOfCampusA(manager, "Suite P1");
    }

    @Test
    void theUnitPageOffersTheFormToASignedInCompanyOnly() {
        String forX = page("/units/" + unit, http.token(COMPANY_X_USER), "en");
        String forY = page("/units/" + unit, http.token(COMPANY_Y_USER), "nl");

        assertThat(forX).contains("Ask the campus").contains("id=\"ask-anonymous\"").contains(NEED_X.toString());
        assertThat(forY).contains("Vraag het de campus").doesNotContain("id=\"ask-anonymous\"");
        assertThat(page("/units/" + unit, null, "en")).doesNotContain("ask-form");
        assertThat(page("/units/" + unit, manager, "en")).doesNotContain("ask-form");
    }

    @Test
    void whatUsersWriteIsShownAsTextWithItsLineBreaks() {
        String id = market.asked(http.token(COMPANY_Y_USER), unit, "<script>alert(1)</script>\\n<b>second line</b>");

        String html = page("/console/campus/enquiries/" + id, manager, "en");

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>second")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;\n&lt;b&gt;second line&lt;/b&gt;")
                .contains("class=\"message-text\"").contains("Yarrow Diagnostics");
    }

    @Test
    void theCampusPagesNeverNameAnAnonymousCompany() {
        String inbox = page("/console/campus/enquiries", manager, "nl");
        String thread = page("/console/campus/enquiries/" + THREAD_X, manager, "en");

        for (String html : new String[] {inbox, thread}) {
            assertThat(html).doesNotContain("Xylo").doesNotContain("Founder X").doesNotContain(COMPANY_X_USER)
                    .doesNotContain("Secret relocation");
        }
        assertThat(thread).contains("Anonymous company (drug discovery, 500–1000 m²)");
        assertThat(inbox).contains("Anoniem bedrijf (geneesmiddelenonderzoek, 500–1000 m²)");
        assertThat(page("/console/company/enquiries/" + THREAD_X, http.token(COMPANY_X_USER), "en"))
                .contains("Xylo Therapeutics").contains("Name my company to the campus");
    }

    @Test
    void aRefusedFormComesBackWithItsValuesAndErrorsLinkedToTheirFields() {
        String past = EnquiryMarket.today().minusDays(1).toString();
        Reply refused = http.send(HttpRequest.POST("/console/company/enquiries",
                        "unit=" + unit + "&message=&viewingDate=" + past)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).header("Accept-Language", "en")
                .accept(MediaType.TEXT_HTML_TYPE).bearerAuth(http.token(COMPANY_Y_USER)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#ask-message\"").contains("href=\"#ask-viewingDate\"")
                .contains("value=\"" + past + "\"").contains("aria-invalid=\"true\"");
    }

    private String page(String path, String token, String language) {
        HttpRequest<?> request = HttpRequest.GET(path).header("Accept-Language", language).accept(MediaType.TEXT_HTML_TYPE);
        if (token != null) {
            ((io.micronaut.http.MutableHttpRequest<?>) request).bearerAuth(token);
        }
        Reply reply = http.send((io.micronaut.http.MutableHttpRequest<?>) request);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(200);
        return reply.body();
    }
}
