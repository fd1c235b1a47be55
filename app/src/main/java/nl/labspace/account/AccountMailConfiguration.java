package nl.labspace.account;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

/**
 * labspace.accounts.*: how long mailed links work, and how many account mails and password attempts one client
 * address and one email address may ask for within rate-window (past that: 429 with Retry-After).
 */
@ConfigurationProperties("labspace.accounts")
record AccountMailConfiguration(
        @Bindable(defaultValue = "7d") Duration inviteValidity,
        @Bindable(defaultValue = "1h") Duration resetValidity,
        @Bindable(defaultValue = "1h") Duration rateWindow,
        @Bindable(defaultValue = "20") @Min(1) int perAddress,
        @Bindable(defaultValue = "5") @Min(1) int perEmail) {
}
