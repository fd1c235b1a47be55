package nl.labspace.listing.stats;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import nl.labspace.account.Roles;
import nl.labspace.db.listing.stats.ListingEventKind;

/**
 * What the unit page and space search tell the statistics: a visitor saw a unit's page, a search showed units.
 * Crawlers (Crawlers) count as neither; nor do signed-in campus managers and admins, who look at listings to keep
 * them, not to rent, nor HEAD requests (no page was shown). Nothing about the visitor is kept (DailyVisitors).
 */
@Singleton
public class ListingTraffic {

    private final ListingEvents events;
    private final DailyVisitors visitors;
    private final StatsDay day;
    private final HttpClientAddressResolver addresses;

    ListingTraffic(ListingEvents events, DailyVisitors visitors, StatsDay day, HttpClientAddressResolver addresses) {
        this.events = events;
        this.visitors = visitors;
        this.day = day;
        this.addresses = addresses;
    }

    /** A unit's page was shown: counted once per visitor, unit and day. */
    public void viewed(HttpRequest<?> request, UUID unitId) {
        if (counts(request) && visitors.firstToday(day.today(), String.valueOf(addresses.resolve(request)),
                request.getHeaders().get(HttpHeaders.USER_AGENT), header(request, HttpHeaders.ACCEPT_LANGUAGE), unitId)) {
            events.record(unitId, ListingEventKind.VIEW);
        }
    }

    /** A page of space search results showed these units: one appearance each. */
    public void shownInSearch(HttpRequest<?> request, Collection<UUID> unitIds) {
        if (counts(request)) {
            events.recordAll(unitIds, ListingEventKind.SEARCH_APPEARANCE);
        }
    }

    private static boolean counts(HttpRequest<?> request) {
        Optional<Authentication> user = request.getUserPrincipal(Authentication.class);
        boolean keeper = user.map(a -> a.getRoles().contains(Roles.CAMPUS_MANAGER) || a.getRoles().contains(Roles.ADMIN))
                .orElse(false);
        return request.getMethod() == HttpMethod.GET && !keeper && !Crawlers.isCrawler(request);
    }

    private static String header(HttpRequest<?> request, String name) {
        String value = request.getHeaders().get(name);
        return value == null ? "" : value;
    }
}
