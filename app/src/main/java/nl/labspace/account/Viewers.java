package nl.labspace.account;

import java.util.HashSet;
import java.util.UUID;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.account.AccountQueries;
import nl.labspace.db.account.AccountRow;

/**
 * Resolves the signed-in account's bindings from the database on each request, so a changed binding takes
 * effect at once rather than when the token expires.
 */
@Singleton
public class Viewers {

    private final AccountQueries accounts;

    Viewers(AccountQueries accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Viewer of(Authentication authentication) {
        Object id = authentication.getAttributes().get(LoginService.ACCOUNT_ID);
        AccountRow account = id == null ? null : accounts.findById(UUID.fromString(id.toString())).orElse(null);
        if (account == null || !account.enabled()) {
            throw new HttpStatusException(HttpStatus.UNAUTHORIZED, "the signed-in account no longer exists or is disabled");
        }
        return new Viewer(account.id(), account.email(), account.role(), account.companyId(),
                new HashSet<>(accounts.campusIds(account.id())), new HashSet<>(accounts.regionCodes(account.id())),
                account.wholeCountry());
    }
}
