package nl.labspace.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.account.AccountQueries;
import nl.labspace.db.account.AccountRow;
import nl.labspace.db.audit.AuditLog;

/**
 * Checks a password login, counts failures and locks an account after too many. The answer to a caller is the
 * same for an unknown account, a wrong password and a locked account; the audit log tells them apart.
 */
@Singleton
class LoginService {

    static final String ACCOUNT_ID = "accountId";
    static final String ROLE_VERSION = "roleVersion";

    private final AccountQueries accounts;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final SecurityConfiguration configuration;

    LoginService(AccountQueries accounts, AuditLog audit, PasswordHasher hasher, SecurityConfiguration configuration) {
        this.accounts = accounts;
        this.audit = audit;
        this.hasher = hasher;
        this.configuration = configuration;
    }

    @Transactional
    AuthenticationResponse login(String email, String password, String remote) {
        Optional<AccountRow> found = email == null ? Optional.empty() : accounts.findByEmail(email.trim());
        if (found.isEmpty()) {
            hasher.spendDecoyVerification(password == null ? "" : password);
            audit.record(null, "login.failed", email, "unknown account", remote);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        AccountRow account = found.get();
        if (isLocked(account) || !account.enabled()) {
            audit.record(account.email(), "login.refused", account.email(), account.enabled() ? "locked" : "disabled", remote);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        if (password == null || !hasher.matches(password, account.passwordHash())) {
            accounts.recordFailedLogin(account.id(), configuration.maxFailedLogins(), configuration.lockout());
            boolean locks = account.failedLogins() + 1 >= configuration.maxFailedLogins();
            audit.record(account.email(), locks ? "login.locked" : "login.failed", account.email(),
                    "failure %d of %d".formatted(account.failedLogins() + 1, configuration.maxFailedLogins()), remote);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        accounts.recordSuccessfulLogin(account.id());
        audit.record(account.email(), "login.succeeded", account.email(), null, remote);
        return AuthenticationResponse.success(account.email(), List.of(account.role()),
                Map.of(ACCOUNT_ID, account.id().toString(), ROLE_VERSION, account.roleVersion()));
    }

    private static boolean isLocked(AccountRow account) {
        return account.lockedUntil() != null && account.lockedUntil().isAfter(OffsetDateTime.now());
    }
}
