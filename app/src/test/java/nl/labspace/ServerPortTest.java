package nl.labspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

/** The port a user sets with LABSPACE_PORT (README, scripts/demo.sh) is the one the app listens on. */
class ServerPortTest {

    @Test
    void listensOnLabspacePort() {
        assertThat(configuredPort(Map.of("LABSPACE_PORT", "18123"))).isEqualTo(18123);
    }

    @Test
    void defaultsTo8080() {
        // Placeholders fall back to the process environment, so a developer's own LABSPACE_PORT would win here.
        assumeTrue(System.getenv("LABSPACE_PORT") == null, "LABSPACE_PORT is set in this environment");
        assertThat(configuredPort(Map.of())).isEqualTo(8080);
    }

    private static Integer configuredPort(Map<String, Object> settings) {
        // Outside the test environment, whose configuration picks a random port.
        try (ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(settings)
                .build()) {
            context.getEnvironment().start();
            return context.getProperty("micronaut.server.port", Integer.class).orElseThrow();
        }
    }
}
