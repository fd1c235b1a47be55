package nl.labspace.search;

import static nl.labspace.search.SearchMarket.ADMIN;
import static nl.labspace.search.SearchMarket.COMPANY;
import static nl.labspace.search.SearchMarket.FUND_NL;
import static nl.labspace.search.SearchMarket.MANAGER_BSP;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/** Freshness with a window of 90 days instead of the default 60: U3 (104 days) stays stale, D3 (61 days) is fresh again. */
@MicronautTest(transactional = false)
@Property(name = FixedToday.PROPERTY, value = SearchMarket.TODAY_TEXT)
@Property(name = "labspace.listing.fresh-days", value = "90")
class StaleUnitsTest extends SearchMarketTest {

    @Test
    void theFreshnessWindowIsConfigurable() {
        Reply reply = api.get("/api/search/space?region=CR27", null);

        assertThat(reply.list("items").stream().map(i -> Reply.map(i.get("unit")).get("name")).toList())
                .containsExactly("D2", "D3", "D1");
    }

    @Test
    void aCampusManagerSeesItsStaleUnitsWithDaysSinceConfirmation() {
        Reply reply = api.get("/api/campuses/bsp/stale-units", MANAGER_BSP);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).containsEntry("campusId", "bsp").containsEntry("asOf", "2027-03-15").containsEntry("freshDays", 90);
        List<Map<String, Object>> units = reply.list("units");
        assertThat(units).singleElement().satisfies(u -> assertThat(u).containsEntry("name", "U3")
                .containsEntry("status", "available").containsEntry("lastConfirmed", "2026-12-01").containsEntry("daysSinceConfirmed", 104));
    }

    @Test
    void aCampusWithoutStaleUnitsListsNone() {
        Reply reply = api.get("/api/campuses/delft/stale-units", ADMIN);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.list("units")).isEmpty();
    }

    @Test
    void onlyTheCampusOwnManagersAndAdminsMayLook() {
        assertThat(api.get("/api/campuses/bsp/stale-units", null).status()).isEqualTo(401);
        assertThat(api.get("/api/campuses/bsp/stale-units", COMPANY).status()).isEqualTo(403);
        assertThat(api.get("/api/campuses/bsp/stale-units", FUND_NL).status()).isEqualTo(403);
        assertThat(api.get("/api/campuses/delft/stale-units", MANAGER_BSP).status()).isEqualTo(404);
        assertThat(api.get("/api/campuses/no-such-campus/stale-units", MANAGER_BSP).status()).isEqualTo(404);
        assertThat(api.get("/api/campuses/no-such-campus/stale-units", ADMIN).status()).isEqualTo(404);
        assertThat(api.get("/api/campuses/bsp/stale-units", ADMIN).status()).isEqualTo(200);
    }
}
