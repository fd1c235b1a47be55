package nl.labspace.account;

import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.account.RevokedTokens;

/** Refuses tokens that were signed out (logout) and tokens without an id. */
@Singleton
class RevokedTokenValidator<T> implements GenericJwtClaimsValidator<T> {

    private final RevokedTokens revoked;

    RevokedTokenValidator(RevokedTokens revoked) {
        this.revoked = revoked;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean validate(Claims claims, T request) {
        Object jti = claims.get(Claims.TOKEN_ID);
        return jti != null && !revoked.isRevoked(jti.toString());
    }
}
