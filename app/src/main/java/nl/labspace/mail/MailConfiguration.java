package nl.labspace.mail;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * labspace.mail.*: the sender address, and how the outbox is delivered. A mail the server cannot take now (down,
 * or a 4xx answer) waits firstRetry, then twice as long each time up to maxRetry, and is never given up; a mail the
 * server refuses for good (5xx) is tried maxRefusals times, then marked failed for the admin to see.
 */
@ConfigurationProperties("labspace.mail")
record MailConfiguration(
        @Bindable(defaultValue = "Labspace NL <noreply@labspace.nl>") @NotBlank String from,
        @Bindable(defaultValue = "5s") Duration pollInterval,
        @Bindable(defaultValue = "30s") Duration firstRetry,
        @Bindable(defaultValue = "1h") Duration maxRetry,
        @Bindable(defaultValue = "5") @Min(1) @Max(100) int maxRefusals,
        @Bindable(defaultValue = "50") @Min(1) @Max(1000) int batch) {

    /** The wait before the attempt after attempts failed ones: doubling from firstRetry, at most maxRetry. */
    Duration backoff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
