package nl.labspace.account;

import java.util.Optional;
import java.util.UUID;

import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.account.AccountQueries;
import nl.labspace.db.account.RevokedTokens;

/**
 * Refuses a token that was signed out, that has no id, whose account is gone or disabled, or that was issued
 * under an earlier role (its role claim would be stale: a demoted admin must not stay admin).
 */
@Singleton
class RevokedTokenValidator<T> implements GenericJwtClaimsValidator<T> {

    private final RevokedTokens revoked;
    private final AccountQueries accounts;

    RevokedTokenValidator(RevokedTokens revoked, AccountQueries accounts) {
        this.revoked = revoked;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean validate(Claims claims, T request) {
        Object jti = claims.get(Claims.TOKEN_ID);
        Object account = claims.get(LoginService.ACCOUNT_ID);
        Object roleVersion = claims.get(LoginService.ROLE_VERSION);
        if (jti == null || account == null || !(roleVersion instanceof Number version) || revoked.isRevoked(jti.toString())) {
            return false;
        }
        Optional<Integer> current = accounts.roleVersion(UUID.fromString(account.toString()));
        return current.isPresent() && current.get() == version.intValue();
    }
}
