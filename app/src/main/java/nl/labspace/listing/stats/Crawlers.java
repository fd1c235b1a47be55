package nl.labspace.listing.stats;

import java.util.List;
import java.util.Locale;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

/**
 * Requests that are not a person looking, and so count neither as a view nor as a search appearance (README,
 * "Listing statistics"): no User-Agent at all (every browser sends one), a User-Agent naming itself a robot
 * (any of WORDS, case-insensitive: Googlebot, bingbot, Applebot, AhrefsBot, Baiduspider, Yahoo! Slurp,
 * facebookexternalhit, HeadlessChrome, link previews...), or a prefetch the browser made without the visitor
 * opening the page (Sec-Purpose or Purpose: prefetch). A crawler that pretends to be a browser is counted.
 */
final class Crawlers {

    static final List<String> WORDS = List.of("bot", "crawl", "spider", "slurp", "archiver", "facebookexternalhit",
            "headless", "preview", "lighthouse", "pingdom", "monitor");

    private Crawlers() {
    }

    static boolean isCrawler(HttpRequest<?> request) {
        String agent = request.getHeaders().get(HttpHeaders.USER_AGENT);
        if (agent == null || agent.isBlank()) {
            return true;
        }
        String lower = agent.toLowerCase(Locale.ROOT);
        return WORDS.stream().anyMatch(lower::contains) || prefetch(request.getHeaders().get("Sec-Purpose"))
                || prefetch(request.getHeaders().get("Purpose"));
    }

    private static boolean prefetch(String purpose) {
        return purpose != null && purpose.toLowerCase(Locale.ROOT).contains("prefetch");
    }
}
