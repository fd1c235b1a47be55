package nl.labspace.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.labspace.account.TestSql;
import org.junit.jupiter.api.Test;

@MicronautTest
@Property(name = "labspace.demo.enabled", value = "true")
@Property(name = "labspace.demo.scale", value = "0.25")
class HomePageTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    @Test
    void theLandingPageShowsTheDemoMarketsTotals() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/"), String.class);

        assertThat(response.getContentType()).contains(MediaType.TEXT_HTML_TYPE);
        String page = response.body();
        assertThat(page).contains("<a class=\"brand\" href=\"/\">Labspace NL</a>");
        assertThat(page).containsPattern("id=\"campuses\"><strong>26</strong>");
        assertThat(page).containsPattern("id=\"open-needs\"><strong>[1-9][0-9.]*</strong>");
        assertThat(page).contains("CC BY 4.0");
    }

    @Test
    void theLandingPageCountsTheUnitsSearchFinds() {
        String page = client.toBlocking().retrieve(HttpRequest.GET("/"));
        Matcher figure = Pattern.compile("id=\"available-units\"><strong>([0-9.]+)</strong>").matcher(page);
        assertThat(figure.find()).as("the available-units figure").isTrue();
        Map<?, ?> search = client.toBlocking().retrieve(HttpRequest.GET("/api/search/space?size=1"), Map.class);
        String stale = new TestSql(dataSource).column(
                "SELECT count(*) FROM unit WHERE status = 'available' AND last_confirmed < (now() AT TIME ZONE 'Europe/Amsterdam')::date - 61").get(0);

        assertThat(Integer.parseInt(figure.group(1).replace(".", ""))).isEqualTo(search.get("total"));
        assertThat(Integer.parseInt(stale)).as("the demo market has stale units to leave out").isPositive();
    }
}
