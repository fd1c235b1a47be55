package nl.labspace.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.account.AccountQueries;
import nl.labspace.db.matching.RunStore;

/** The admin console's menu and what needs attention next to each item: runs solving now, accounts locked now. */
@Singleton
public class AdminMenu {

    /** The counts beside the menu items (views/console/admin-menu.html). */
    public record Counts(int solvingRuns, int lockedAccounts) {
    }

    private final RunStore runs;
    private final AccountQueries accounts;

    AdminMenu(RunStore runs, AccountQueries accounts) {
        this.runs = runs;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Counts counts() {
        return new Counts(runs.countSolving(), accounts.countLocked());
    }
}
