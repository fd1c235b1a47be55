package nl.labspace.mail;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * labspace.mail.smtp.*: the SMTP server mails go out through. Without a host nothing is sent: mails wait in the
 * outbox, which admins read at /console/admin/outbox (the demo's mode). security is none, starttls (required, the
 * usual on port 587) or tls (implicit TLS, port 465).
 */
@ConfigurationProperties("labspace.mail.smtp")
record SmtpConfiguration(
        @Nullable String host,
        @Bindable(defaultValue = "587") @Min(1) @Max(65535) int port,
        @Bindable(defaultValue = "starttls") Security security,
        @Nullable String user,
        @Nullable String password,
        @Bindable(defaultValue = "10s") Duration timeout) {

    enum Security { NONE, STARTTLS, TLS }

    boolean configured() {
        return host != null && !host.isBlank();
    }

    boolean authenticates() {
        return user != null && !user.isBlank();
    }
}
