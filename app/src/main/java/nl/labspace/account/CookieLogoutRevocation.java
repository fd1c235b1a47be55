package nl.labspace.account;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.LogoutEvent;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.account.RevokedTokens;
import nl.labspace.db.audit.AuditLog;

/** Browser logout clears the cookie; this also revokes the token inside it, in case it was copied. */
@Singleton
class CookieLogoutRevocation {

    private final RevokedTokens revoked;
    private final AuditLog audit;

    CookieLogoutRevocation(RevokedTokens revoked, AuditLog audit) {
        this.revoked = revoked;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    void onLogout(LogoutEvent event) {
        if (event.getSource() instanceof Authentication authentication) {
            TokenController.revoke(authentication, revoked);
            audit.record(authentication.getName(), "logout", authentication.getName(), "cookie", null);
        }
    }
}
