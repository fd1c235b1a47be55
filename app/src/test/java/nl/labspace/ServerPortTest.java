package nl.labspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

/** The port a user sets with LABSPACE_PORT (README, scripts/demo.sh) is the one the app listens on. */
class ServerPortTest {

    @Test
    void listensOnLabspacePortAndDefaultsTo8080() {
        assertThat(configuredPort(Map.of("LABSPACE_PORT", "18123"))).isEqualTo(18123);
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
