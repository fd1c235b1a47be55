package nl.labspace.enquiry;

import static nl.labspace.TestMarket.CAMPUS_A;
import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.MANAGER_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import org.junit.jupiter.api.Test;

/**
 * A campus's response times: per thread the time to its first reply, and the median over its answered threads, which
 * the public campus page shows only from 3 answered threads on. Threads are asked and answered through the API; the
 * clock is then set back in the database so the times are known.
 */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
class ResponseTimeTest extends TestMarketTest {

    @Test
    void theMedianFirstResponseTimeShowsFromThreeAnsweredThreads() {
        EnquiryMarket market = new EnquiryMarket(http);
        String manager = http.token(MANAGER_A);
        String y = http.token(COMPANY_Y_USER);
        String unit = market.publishUnitOfCampusA(manager, "Suite R1");
        List<String> threads = List.of(market.asked(y, unit, "one"), market.asked(y, unit, "two"),
                market.asked(y, unit, "three"), market.asked(y, unit, "four, never answered"));
        market.reply(manager, threads.get(0), "answer");
        market.reply(manager, threads.get(1), "answer");
        market.reply(y, threads.get(1), "a second message from the company, not an answer");
        answeredAfter(threads.get(0), 1);
        answeredAfter(threads.get(1), 5);

        Map<String, Object> tooFew = http.object(http.get("/api/campuses/" + CAMPUS_A + "/response-time", manager));
        assertThat(tooFew).containsEntry("shown", false).containsEntry("answeredThreads", 2);
        assertThat(tooFew.get("medianSeconds")).isNull();
        assertThat(campusPage("en")).contains("Not enough answered enquiries yet");

        market.reply(manager, threads.get(2), "answer");
        answeredAfter(threads.get(2), 2);

        Map<String, Object> shown = http.object(http.get("/api/campuses/" + CAMPUS_A + "/response-time", manager));
        assertThat(shown).containsEntry("shown", true).containsEntry("answeredThreads", 3).containsEntry("medianSeconds", 7200);
        assertThat(campusPage("en")).contains("in 2 hours (median of the first answer, 3 enquiries)");
        assertThat(campusPage("nl")).contains("binnen 2 uur (mediaan van het eerste antwoord, 3 vragen)");
        Map<String, Object> first = http.list(http.get("/api/enquiries", manager)).stream()
                .filter(t -> threads.get(0).equals(t.get("id"))).findFirst().orElseThrow();
        assertThat(first).containsEntry("firstResponseSeconds", 3600);
        assertThat(http.send(HttpRequest.GET("/console/campus/enquiries").header("Accept-Language", "en").bearerAuth(manager)).body())
                .contains("median first answer 2 hours, over 3 answered threads");
    }

    /** The enquiry was asked on 1 December 2026 at 09:00 and its campus messages came hours later. */
    private void answeredAfter(String thread, int hours) {
        sql.execute("UPDATE enquiry SET created_at = '2026-12-01 09:00+01' WHERE id = '%s'".formatted(thread));
        sql.execute("""
                UPDATE enquiry_message SET sent_at = '2026-12-01 09:00+01'::timestamptz + make_interval(hours => %d)
                 WHERE enquiry_id = '%s' AND side = 'campus'""".formatted(hours, thread));
    }

    private String campusPage(String language) {
        return http.send(HttpRequest.GET("/campuses/" + CAMPUS_A).header("Accept-Language", language)
                .header("Accept", "text/html")).body();
    }
}
