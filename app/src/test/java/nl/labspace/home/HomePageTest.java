package nl.labspace.home;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
@Property(name = "labspace.demo.enabled", value = "true")
@Property(name = "labspace.demo.scale", value = "0.25")
class HomePageTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void theLandingPageShowsTheDemoMarketsTotals() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/"), String.class);

        assertThat(response.getContentType()).contains(MediaType.TEXT_HTML_TYPE);
        String page = response.body();
        assertThat(page).contains("<h1>Labspace NL</h1>");
        assertThat(page).containsPattern("id=\"campuses\"><strong>26</strong>");
        assertThat(page).containsPattern("id=\"open-needs\"><strong>[1-9][0-9.]*</strong>");
        assertThat(page).contains("CC BY 4.0");
    }
}
