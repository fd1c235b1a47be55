package nl.labspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class OpenApiTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void theGeneratedDocumentDescribesTheMarketplaceEndpointsAndBearerAuth() {
        String spec = client.toBlocking().retrieve(HttpRequest.GET("/swagger/labspace-nl-0.1.yml"));

        assertThat(spec).contains("title: Labspace NL")
                .contains("/api/search/space:", "/api/campuses/{campusId}/units:", "/api/units/{id}:", "/api/needs:")
                .contains("scheme: bearer");
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/swagger-ui/index.html"))).contains("swagger");
    }
}
