package nl.labspace.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.labspace.TestMarketTest;
import nl.labspace.account.TestHttp.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search page takes what its own form sends: a radius or a distance sort with "anywhere" chosen is left out. */
@MicronautTest(transactional = false)
class SearchPageTest extends TestMarketTest {

    @ParameterizedTest
    @ValueSource(strings = {"/search?near=&withinKm=25", "/search?near=&withinKm=25&sort=distance", "/search?withinKm=10"})
    void aRadiusWithoutAPlaceSearchesEverywhere(String address) {
        Reply page = http.send(HttpRequest.GET(address).header(HttpHeaders.ACCEPT, "text/html").header(HttpHeaders.ACCEPT_LANGUAGE, "en"));

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"result-count\"").doesNotContain("id=\"search-problems\"")
                .contains("Campus A", "Campus B");
    }

    @org.junit.jupiter.api.Test
    void aMarkerOrAResultKeepsTheSearchToOneCampusAndBack() {
        Reply all = page("/search?containment=ML-I");
        assertThat(all.body()).contains("href=\"/search?containment=ML-I&amp;campus=test-campus-a\"")
                .contains("data-only=\"/search?containment=ML-I&amp;campus=test-campus-b\"");

        Reply one = page("/search?containment=ML-I&campus=test-campus-a");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body()).contains("id=\"campus-filter\"").contains("Only the units of Campus A.")
                .contains("href=\"/search?containment=ML-I\"").contains("name=\"campus\" value=\"test-campus-a\"")
                .contains("Campus A · A1").doesNotContain("Campus B · B1");

        Reply api = http.send(HttpRequest.GET("/api/search/space?campus=test-campus-b"));
        assertThat(http.object(api)).containsEntry("total", 1);
        assertThat(http.send(HttpRequest.GET("/api/search/space?campus=Not%20A%20Slug")).status()).isEqualTo(400);
    }

    @org.junit.jupiter.api.Test
    void aPointFromALinkThatIsNoListedTownIsShownAsThePlace() {
        Reply page = page("/search?near=52.0860,5.1780&withinKm=50&sort=distance");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).containsPattern("<option value=\"52.0860,5.1780\" selected[^>]*>the point 52.0860,5.1780 from the link</option>");
        assertThat(page("/search").body()).doesNotContain("from the link");
    }

    private Reply page(String address) {
        return http.send(HttpRequest.GET(address).header(HttpHeaders.ACCEPT, "text/html").header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/search?near=52.17,4.47&withinKm=0", "/search?minLabM2=lots"})
    void whatTheFormCannotSendIsStillExplained(String address) {
        Reply page = http.send(HttpRequest.GET(address).header(HttpHeaders.ACCEPT, "text/html").header(HttpHeaders.ACCEPT_LANGUAGE, "en"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"search-problems\"");
    }

    @Test
    void aPagePastTheLastSaysSoAndLinksBack() {
        Reply page = http.send(HttpRequest.GET("/search?page=99").header(HttpHeaders.ACCEPT, "text/html").header(HttpHeaders.ACCEPT_LANGUAGE, "en"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"past-last-page\"").contains("href=\"/search?page=1\"")
                .contains("Back to page 1, the last one").doesNotContain("No unit matches");
    }
}
