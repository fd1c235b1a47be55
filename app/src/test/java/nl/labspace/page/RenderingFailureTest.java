package nl.labspace.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A template that fails while it renders answers the site's error page with 500 at once, instead of leaving the
 * browser waiting until it times out (Micronaut Views writes pages lazily; EagerThymeleafRenderer renders first).
 */
@MicronautTest
@Property(name = "labspace.test.broken-page", value = "true")
class RenderingFailureTest {

    @Inject
    EmbeddedServer server;

    @Test
    void aPageThatFailsToRenderAnswers500WithTheErrorPage() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/test-only/broken"))
                .header("Accept", "text/html").timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body()).doesNotContain("nothing.there").doesNotContain("Exception");
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    }
}
