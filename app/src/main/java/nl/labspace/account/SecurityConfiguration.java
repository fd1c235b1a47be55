package nl.labspace.account;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** labspace.security.*: login throttling and password hashing cost. */
@ConfigurationProperties("labspace.security")
record SecurityConfiguration(
        @Bindable(defaultValue = "5") @Min(1) int maxFailedLogins,
        @Bindable(defaultValue = "15m") Duration lockout,
        @Bindable(defaultValue = "12") @Min(4) @Max(31) int bcryptCost) {
}
