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
