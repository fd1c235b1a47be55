package nl.labspace.search;

import static nl.labspace.search.SearchMarket.MANAGER_BSP;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Totals counted up to labspace.search.exact-total-up-to, here 3 over a market of 7 fresh units and 5 open needs:
 * beyond it the total is a lower bound that still tells whether another page follows; the last page is exact.
 */
@MicronautTest(transactional = false)
@Property(name = FixedToday.PROPERTY, value = SearchMarket.TODAY_TEXT)
@Property(name = "labspace.search.exact-total-up-to", value = "3")
class SearchTotalsTest extends SearchMarketTest {

    @ParameterizedTest(name = "page {0} of size 2: total {1}, exact {2}")
    @CsvSource({"1, 3, false", "2, 5, false", "3, 7, false", "4, 7, true"})
    void spaceTotalsStopCountingAtTheLimitButAlwaysShowAnotherPageFollows(int page, int total, boolean exact) {
        Reply reply = api.get("/api/search/space?size=2&page=" + page, null);

        assertThat(reply.json()).containsEntry("total", total).containsEntry("totalExact", exact);
    }

    @Test
    void aPageThatHoldsEveryMatchIsExactWhateverTheLimit() {
        assertThat(api.get("/api/search/space", null).json()).containsEntry("total", 7).containsEntry("totalExact", true);
    }

    @Test
    void geoJsonCarriesTheSameLowerBound() {
        assertThat(api.get("/api/search/space?size=2&format=geojson", null).json())
                .containsEntry("total", 3).containsEntry("totalExact", false);
    }

    @Test
    void demandTotalsAreCappedTheSameWay() {
        assertThat(api.get("/api/search/demand?size=1", MANAGER_BSP).json()).containsEntry("total", 3).containsEntry("totalExact", false);
        assertThat(api.get("/api/search/demand", MANAGER_BSP).json()).containsEntry("total", 5).containsEntry("totalExact", true);
    }
}
