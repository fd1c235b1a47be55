package nl.labspace.enquiry;

import static nl.labspace.TestMarket.COMPANY_Y_USER;
import static nl.labspace.TestMarket.MANAGER_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The limits against abuse, set low here: past them the answer is 429 problem+json and nothing is written. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.http.client.follow-redirects", value = "false")
@Property(name = "labspace.enquiry.enquiries-per-day", value = "2")
@Property(name = "labspace.enquiry.messages-per-day", value = "3")
class EnquiryLimitsTest extends TestMarketTest {

    private EnquiryMarket market;
    private String manager;
    private String y;
    private String unit;

    @BeforeAll
    void actors() {
        market = new EnquiryMarket(http);
        manager = http.token(MANAGER_A);
        y = http.token(COMPANY_Y_USER);
        unit = market.publishUnitOfCampusA(manager, "Suite L1");
    }

    @Test
    void aCompanySendsAtMostTheDailyNumberOfEnquiriesEvenAllAtOnce() throws Exception {
        String before = count();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String body = "{\"message\":\"at once " + i + "\"}";
            answers.add(pool.submit(() -> {
                start.await();
                return market.ask(y, unit, body).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : answers) {
            statuses.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(statuses).as("the company is locked while its count is read").containsOnly(201, 429);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(2);
        assertThat(sql.column("SELECT count(*) FROM enquiry WHERE company_id = '" + nl.labspace.TestMarket.COMPANY_Y + "'")).containsExactly("2");

        String after = count();
        Reply third = market.ask(y, unit, "{\"message\":\"one more\"}");

        assertThat(third.status()).isEqualTo(429);
        assertThat(third.contentType()).startsWith("application/problem+json");
        assertThat(third.headers().get("Retry-After")).isEqualTo("3600");
        Map<String, Object> problem = http.object(third);
        assertThat(problem).containsEntry("code", "ENQUIRY_LIMIT");
        assertThat((String) problem.get("detail")).contains("2 enquiries in the last 24 hours");
        assertThat(count()).isEqualTo(after).isNotEqualTo(before);
    }

    @Test
    void eachSideWritesAtMostTheDailyNumberOfMessagesInAThread() {
        String id = market.asked(http.token(nl.labspace.TestMarket.COMPANY_X_USER), unit, "how large is the cold room?");
        for (int i = 1; i <= 3; i++) {
            assertThat(market.reply(manager, id, "answer " + i).status()).isEqualTo(201);
        }
        String before = count();

        Reply fourth = market.reply(manager, id, "answer 4");

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(http.object(fourth)).containsEntry("code", "MESSAGE_LIMIT");
        assertThat(count()).isEqualTo(before);
        // the company's side counts its own messages: its enquiry and two more
        String x = http.token(nl.labspace.TestMarket.COMPANY_X_USER);
        assertThat(market.reply(x, id, "thanks").status()).isEqualTo(201);
        assertThat(market.reply(x, id, "one more").status()).isEqualTo(201);
        assertThat(market.reply(x, id, "and another").status()).isEqualTo(429);
    }

    private String count() {
        return sql.column("SELECT count(*) || '/' || (SELECT count(*) FROM enquiry_message) FROM enquiry").get(0);
    }
}
