package nl.labspace.enquiry;

import static nl.labspace.TestMarket.ADMIN;
import static nl.labspace.TestMarket.COMPANY_X;
import static nl.labspace.TestMarket.COMPANY_X_USER;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.FUND_ZH;
import static nl.labspace.TestMarket.MANAGER_A;
import static nl.labspace.TestMarket.MANAGER_B;
import static nl.labspace.TestMarket.NEED_X;
import static nl.labspace.TestMarket.NEED_Y;
import static nl.labspace.TestMarket.THREAD_X;
import static nl.labspace.TestMarket.UNIT_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarket;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An enquiry goes from a company to the campus and back through the API; anonymity holds for the campus until the
 * company reveals itself; bad input is refused naming field and value with nothing written; each role reads only
 * what it may.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class EnquiryThreadTest extends TestMarketTest {

    private EnquiryMarket market;
    private String manager;
    private String x;
    private String y;
    private String unit;

    @BeforeAll
    void actors() {
        market = new EnquiryMarket(http);
        manager = http.token(MANAGER_A);
        x = http.token(COMPANY_X_USER);
        y = http.token(COMPANY_Y_USER);
        unit = market.publishUnitOfCampusA(manager, "Suite E1");
    }

    @Test
    void anEnquiryGoesToTheCampusAndTheReplyComesBack() {
        String viewing = EnquiryMarket.today().plusDays(14).toString();
        long countedBefore = enquiriesCounted(unit);
        Reply asked = market.ask(y, unit, "{\"message\":\"Can we see it?\\nWe are 6 people.\",\"viewingDate\":\"" + viewing + "\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.headers().get("Location")).startsWith("/api/enquiries/");
        String id = (String) http.object(asked).get("id");
        assertThat(enquiriesCounted(unit)).as("listing statistics count the enquiry").isEqualTo(countedBefore + 1);

        Map<String, Object> inInbox = one(http.list(http.get("/api/enquiries", manager)), id);
        assertThat(inInbox).containsEntry("companyName", "Yarrow Diagnostics").containsEntry("unread", 1)
                .containsEntry("unitName", "Suite E1").containsEntry("viewingDate", viewing).containsEntry("anonymous", false);
        assertThat(inInbox.get("firstResponseSeconds")).isNull();

        Map<String, Object> opened = market.threadOf(manager, id);
        assertThat(opened).containsEntry("unread", 0);
        assertThat(messages(opened)).extracting(m -> m.get("text")).containsExactly("Can we see it?\nWe are 6 people.");
        assertThat(one(http.list(http.get("/api/enquiries", manager)), id)).containsEntry("unread", 0);

        Reply replied = market.reply(manager, id, "Yes: 10:00 at the front desk.");
        assertThat(replied.status()).as(replied.body()).isEqualTo(201);

        Map<String, Object> companyList = one(http.list(http.get("/api/enquiries", y)), id);
        assertThat(companyList).containsEntry("unread", 1);
        assertThat(companyList.get("firstResponseSeconds")).isNotNull();
        Map<String, Object> forCompany = market.threadOf(y, id);
        assertThat(messages(forCompany)).extracting(m -> m.get("from")).containsExactly("company", "campus");
        assertThat(messages(forCompany).get(0).get("readAt")).isNotNull();
        assertThat(market.reply(y, id, "Thank you, see you then.").status()).isEqualTo(201);
        assertThat(messages(market.threadOf(manager, id))).hasSize(3);
    }

    @Test
    void anAnonymousCompanyStaysUnnamedToTheCampusUntilItRevealsItself() {
        String need = market.postConfidentialNeed(x, "Stealth oncology lab");
        Reply asked = market.ask(x, unit, "{\"message\":\"Is the lab free in spring?\",\"anonymous\":true,\"needId\":\"" + need + "\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String id = (String) http.object(asked).get("id");

        for (Reply seen : List.of(http.get("/api/enquiries", manager), market.thread(manager, id))) {
            assertThat(seen.status()).isEqualTo(200);
            assertThat(seen.body()).doesNotContain("Xylo").doesNotContain(COMPANY_X.toString()).doesNotContain(COMPANY_X_USER)
                    .doesNotContain("Founder X").doesNotContain(need).doesNotContain("Stealth");
        }
        Map<String, Object> forCampus = market.threadOf(manager, id);
        assertThat(forCampus).containsEntry("anonymous", true).containsEntry("revealed", false);
        assertThat(forCampus.get("companyName")).isNull();
        assertThat(forCampus.get("anonymousCompany")).isEqualTo(Map.of("sector", "drug-discovery", "sizeM2From", 500, "sizeM2To", 1000));
        assertThat(market.threadOf(x, id)).containsEntry("companyName", "Xylo Therapeutics");

        Reply revealed = market.reveal(x, id);
        assertThat(revealed.status()).as(revealed.body()).isEqualTo(200);
        assertThat(market.threadOf(manager, id)).containsEntry("companyName", "Xylo Therapeutics").containsEntry("revealed", true);
        assertThat(sql.column("SELECT actor FROM audit_event WHERE action = 'enquiry.revealed' AND subject = '" + id + "'"))
                .containsExactly(COMPANY_X_USER);
        assertThat(market.reveal(x, id).status()).isEqualTo(409);
    }

    @Test
    void badInputIsRefusedNamingFieldAndValueAndNothingIsWritten() {
        String before = count();
        String past = EnquiryMarket.today().toString();
        String far = EnquiryMarket.today().plusMonths(6).plusDays(1).toString();
        String tooLong = "x".repeat(4001);

        assertRefused(market.ask(y, unit, "{\"message\":\"  \"}"), "message", "  ");
        assertRefused(market.ask(y, unit, "{\"message\":\"" + tooLong + "\"}"), "message", null);
        assertRefused(market.ask(y, unit, "{\"message\":\"hi\",\"viewingDate\":\"" + past + "\"}"), "viewingDate", past);
        assertRefused(market.ask(y, unit, "{\"message\":\"hi\",\"viewingDate\":\"" + far + "\"}"), "viewingDate", far);
        assertRefused(market.ask(y, unit, "{\"message\":\"hi\",\"viewingDate\":\"15-01-2027\"}"), "viewingDate", "15-01-2027");
        assertRefused(market.ask(y, unit, "{\"message\":\"hi\",\"anonymous\":true}"), "needId", null);
        // Y's own need is not confidential; X's is not Y's
        assertRefused(market.ask(y, unit, "{\"message\":\"hi\",\"anonymous\":true,\"needId\":\"" + NEED_Y + "\"}"), "needId", NEED_Y.toString());
        assertRefused(market.ask(y, unit, "{\"message\":\"hi\",\"colour\":\"red\"}"), "colour", "red");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void eachRoleReadsOnlyWhatItMay() {
        String id = market.asked(x, unit, "Only for campus A");

        assertThat(market.thread(y, id).status()).isEqualTo(404);
        assertThat(market.thread(http.token(MANAGER_B), id).status()).isEqualTo(404);
        assertThat(market.thread(http.token(FUND_ZH), id).status()).isEqualTo(403);
        assertThat(market.thread(http.token(ADMIN), id).status()).isEqualTo(200);
        assertThat(market.reply(http.token(ADMIN), id, "moderator").status()).isEqualTo(403);
        assertThat(market.reply(y, id, "butting in").status()).isEqualTo(404);
        assertThat(http.list(http.get("/api/enquiries", y))).extracting(t -> t.get("id")).doesNotContain(id);
        assertThat(http.list(http.get("/api/enquiries", http.token(MANAGER_B)))).isEmpty();
        assertThat(market.ask(manager, unit, "{\"message\":\"hi\"}").status()).isEqualTo(403);
    }

    @Test
    void aThreadLinksToTheProposalOfItsCompanysNeedOnThatUnitExceptForTheCampusWhileAnonymous() {
        String named = market.asked(y, UNIT_A.toString(), "About unit A");
        String proposalY = proposalOn(NEED_Y);
        String proposalX = proposalOn(NEED_X);

        assertThat(market.threadOf(y, named)).containsEntry("proposalId", proposalY);
        assertThat(market.threadOf(manager, named)).containsEntry("proposalId", proposalY);
        assertThat(http.send(io.micronaut.http.HttpRequest.GET("/console/campus/enquiries/" + named).bearerAuth(manager)).body())
                .contains("id=\"thread-proposal\"");
        // THREAD_X is company X's anonymous enquiry about unit A: its proposal would tie it to X's need
        assertThat(market.threadOf(x, THREAD_X.toString())).containsEntry("proposalId", proposalX);
        assertThat(market.threadOf(manager, THREAD_X.toString()).get("proposalId")).isNull();
    }

    /** A proposal of the matching engine placing this need on unit A (written as a finished run writes it). */
    private String proposalOn(java.util.UUID need) {
        String run = java.util.UUID.randomUUID().toString();
        String proposal = java.util.UUID.randomUUID().toString();
        sql.execute("INSERT INTO matching_run (id, scope_key, budget_seconds, seed, started_by, status, phase) "
                + "VALUES ('" + run + "', 'enquiry-" + run + "', 1, 1, 'test', 'finished', 'done')");
        sql.execute("INSERT INTO proposal (id, run_id, need_id, campus_id, start_month, term_months, status, need_version, "
                + "explanation) SELECT '" + proposal + "', '" + run + "', id, '" + nl.labspace.TestMarket.CAMPUS_A
                + "', '2027-03-01', 24, 'open', version, '{}' FROM need WHERE id = '" + need + "'");
        sql.execute("INSERT INTO proposal_unit (proposal_id, unit_id, unit_version) SELECT '" + proposal + "', id, version "
                + "FROM unit WHERE id = '" + UNIT_A + "'");
        return proposal;
    }

    private void assertRefused(Reply reply, String field, String value) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        Map<String, Object> param = ((List<Map<String, Object>>) http.object(reply).get("invalidParams")).stream()
                .filter(p -> field.equals(p.get("name"))).findFirst().orElseThrow(() -> new AssertionError(reply.body()));
        if (value != null) {
            assertThat(param.get("value")).isEqualTo(value);
        }
    }

    private String count() {
        return sql.column("SELECT count(*) || '/' || (SELECT count(*) FROM enquiry_message) FROM enquiry").get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> messages(Map<String, Object> thread) {
        return (List<Map<String, Object>>) thread.get("messages");
    }

    private static Map<String, Object> one(List<Map<String, Object>> threads, String id) {
        return threads.stream().filter(t -> id.equals(t.get("id"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private long enquiriesCounted(String unitId) {
        return ((List<Map<String, Object>>) http.object(http.get("/api/campuses/" + TestMarket.CAMPUS_A + "/statistics", manager)).get("units")).stream()
                .filter(u -> unitId.equals(u.get("unitId")))
                .flatMap(u -> ((List<?>) u.get("months")).stream())
                .mapToLong(m -> ((Number) ((Map<?, ?>) m).get("enquiries")).longValue()).sum();
    }
}
