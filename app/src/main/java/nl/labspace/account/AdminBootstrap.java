package nl.labspace.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.account.AccountQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Outside demo mode there are no default accounts: the first admin comes from LABSPACE_ADMIN_EMAIL/PASSWORD. */
@Singleton
class AdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final AccountQueries accountQueries;
    private final String email;
    private final String password;

    AdminBootstrap(AccountService accounts, AccountQueries accountQueries,
                   @Value("${labspace.bootstrap.admin-email:}") String email,
                   @Value("${labspace.bootstrap.admin-password:}") String password) {
        this.accounts = accounts;
        this.accountQueries = accountQueries;
        this.email = email;
        this.password = password;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        if (accountQueries.anyWithRole(Roles.ADMIN)) {
            return;
        }
        if (email.isBlank()) {
            LOG.warn("No admin account exists; set LABSPACE_ADMIN_EMAIL and LABSPACE_ADMIN_PASSWORD to create the first one");
            return;
        }
        accounts.create("bootstrap", email, "Administrator", password, new AccountBinding(Roles.ADMIN, null, null, null, false));
        LOG.info("Created the first admin account {}", email);
    }
}
