package nl.labspace.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A mail the server cannot take waits first-retry, then twice as long after each failure, never more than max-retry. */
class MailBackoffTest {

    private final MailConfiguration config = new MailConfiguration("Labspace NL <noreply@labspace.nl>",
            Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofHours(1), 5, 50);

    @Test
    void theWaitDoublesAfterEachFailedAttempt() {
        assertThat(config.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.backoff(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(config.backoff(7)).isEqualTo(Duration.ofSeconds(30 * 64));
    }

    @Test
    void theWaitStopsGrowingAtTheMaximum() {
        assertThat(config.backoff(8)).isEqualTo(Duration.ofHours(1));
        assertThat(config.backoff(1_000)).isEqualTo(Duration.ofHours(1));
    }
}
