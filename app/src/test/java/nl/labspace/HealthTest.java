package nl.labspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.scheduling.executor.ThreadSelection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class HealthTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    HttpServerConfiguration server;

    @Test
    void requestsRunOnTheBlockingPoolNotOnTheEventLoop() {
        // Every controller waits on the database or on bcrypt; on an event-loop thread that would stall the loop.
        assertThat(server.getThreadSelection()).isEqualTo(ThreadSelection.BLOCKING);
    }

    @Test
    @SuppressWarnings("unchecked")
    void healthIsUpAndIncludesTheDatabase() {
        Map<String, Object> health = client.toBlocking().retrieve(HttpRequest.GET("/health"), Map.class);

        assertThat(health).containsEntry("status", "UP");
        Map<String, Object> details = (Map<String, Object>) health.get("details");
        Map<String, Object> jdbc = (Map<String, Object>) details.get("jdbc");
        assertThat(jdbc).containsEntry("status", "UP");
        assertThat(jdbc.toString()).contains("PostgreSQL");
    }
}
