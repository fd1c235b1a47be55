package nl.labspace.listing.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Test;

/**
 * The parts of counting visitors that need no server: who is the same visitor on a day, what a new day and a restart
 * do, and which requests are robots'. The counting over HTTP is in ListingStatsTest.
 */
class DailyVisitorsTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 9);
    static final UUID UNIT = UUID.fromString("00000000-0000-0000-0000-0000000a0001");
    static final UUID OTHER_UNIT = UUID.fromString("00000000-0000-0000-0000-0000000b0001");

    @Test
    void aVisitorIsNewOncePerUnitAndDay() {
        DailyVisitors visitors = new DailyVisitors();
        assertThat(visitors.firstToday(MONDAY, "203.0.113.7", "Firefox", "nl", UNIT)).isTrue();
        assertThat(visitors.firstToday(MONDAY, "203.0.113.7", "Firefox", "nl", UNIT)).isFalse();
        assertThat(visitors.firstToday(MONDAY, "203.0.113.7", "Firefox", "nl", OTHER_UNIT)).as("another unit").isTrue();
        assertThat(visitors.firstToday(MONDAY, "203.0.113.7", "Safari", "nl", UNIT)).as("another browser").isTrue();
        assertThat(visitors.firstToday(MONDAY, "203.0.113.8", "Firefox", "nl", UNIT)).as("another address").isTrue();
        assertThat(visitors.firstToday(MONDAY.plusDays(1), "203.0.113.7", "Firefox", "nl", UNIT)).as("the next day").isTrue();
        assertThat(visitors.firstToday(MONDAY.plusDays(1), "203.0.113.7", "Firefox", "nl", UNIT)).isFalse();
    }

    @Test
    void theEndOfTheDayAndARestartForgetEveryVisitor() {
        DailyVisitors visitors = new DailyVisitors();
        visitors.firstToday(MONDAY, "203.0.113.7", "Firefox", "nl", UNIT);
        visitors.forgetBefore(MONDAY);
        assertThat(visitors.firstToday(MONDAY, "203.0.113.7", "Firefox", "nl", UNIT)).as("the day is not over").isFalse();
        visitors.forgetBefore(MONDAY.plusDays(1));
        assertThat(visitors.firstToday(MONDAY, "203.0.113.7", "Firefox", "nl", UNIT))
                .as("yesterday's key and hashes are gone, even for a late request of that day").isTrue();
        assertThat(new DailyVisitors().firstToday(MONDAY, "203.0.113.7", "Firefox", "nl", UNIT))
                .as("after a restart the same visitor counts once more").isTrue();
    }

    @Test
    void robotsAndPrefetchesAreNotVisitors() {
        assertThat(Crawlers.isCrawler(get(null))).isTrue();
        assertThat(Crawlers.isCrawler(get(""))).isTrue();
        for (String robot : new String[] {"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Mozilla/5.0 (compatible; bingbot/2.0)", "Mozilla/5.0 (compatible; AhrefsBot/7.0)",
                "Mozilla/5.0 (compatible; Baiduspider/2.0)", "Mozilla/5.0 (compatible; Yahoo! Slurp)",
                "facebookexternalhit/1.1", "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/156.0 Safari/537.36",
                "Slackbot-LinkExpanding 1.0", "Mozilla/5.0 (Linux; Android 11; moto g power) Chrome-Lighthouse"}) {
            assertThat(Crawlers.isCrawler(get(robot))).as(robot).isTrue();
        }
        String firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
        assertThat(Crawlers.isCrawler(get(firefox))).isFalse();
        assertThat(Crawlers.isCrawler(get("curl/8.5.0"))).as("a script calling the API").isFalse();
        assertThat(Crawlers.isCrawler(HttpRequest.GET("/units/x").header("User-Agent", firefox).header("Sec-Purpose", "prefetch")))
                .isTrue();
    }

    private static HttpRequest<?> get(String agent) {
        return agent == null ? HttpRequest.GET("/units/x") : HttpRequest.GET("/units/x").header("User-Agent", agent);
    }
}
