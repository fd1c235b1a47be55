package nl.labspace.account;

import java.util.UUID;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import nl.labspace.db.account.AccountQueries;

/**
 * Refuses a token that was signed out, that has no id, whose account is gone or disabled, or that was issued
 * under an earlier role (its role claim would be stale: a demoted admin must not stay admin).
 */
@Singleton
class RevokedTokenValidator<T> implements GenericJwtClaimsValidator<T> {

    private final AccountQueries accounts;

    RevokedTokenValidator(AccountQueries accounts) {
        this.accounts = accounts;
    }

    @Override
    @Connectable // one statement: a connection, no transaction
    public boolean validate(Claims claims, T request) {
        Object jti = claims.get(Claims.TOKEN_ID);
        Object account = claims.get(LoginService.ACCOUNT_ID);
        Object roleVersion = claims.get(LoginService.ROLE_VERSION);
        return jti != null && account != null && roleVersion instanceof Number version
                && accounts.acceptsToken(UUID.fromString(account.toString()), version.intValue(), jti.toString());
    }
}
