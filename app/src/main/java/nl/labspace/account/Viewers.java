package nl.labspace.account;

import java.util.HashSet;
import java.util.UUID;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import nl.labspace.db.account.AccountQueries;
import nl.labspace.db.account.BoundAccountRow;

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

    @Connectable // one statement: a connection, no transaction
    public Viewer of(Authentication authentication) {
        Object id = authentication.getAttributes().get(LoginService.ACCOUNT_ID);
        BoundAccountRow account = id == null ? null
                : accounts.findEnabledWithBindings(UUID.fromString(id.toString())).orElse(null);
        if (account == null) {
            throw new nl.labspace.web.NotSignedIn("the signed-in account no longer exists or is disabled");
        }
        return new Viewer(account.id(), account.email(), account.role(), account.companyId(),
                new HashSet<>(account.campusIds()), new HashSet<>(account.regionCodes()), account.wholeCountry());
    }
}
