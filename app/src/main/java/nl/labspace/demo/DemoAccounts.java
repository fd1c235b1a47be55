package nl.labspace.demo;


import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.account.AccountBinding;
import nl.labspace.account.AccountService;
import nl.labspace.account.Roles;
import nl.labspace.db.account.AccountQueries;
import nl.labspace.db.account.ReferenceQueries;

/** One demo account per role and kind of binding, all with the same printed password. Demo mode only. */
@Singleton
class DemoAccounts {

    static final String PASSWORD = "labspace-demo";

    record DemoAccount(String email, String description) {
    }

    private final AccountService accounts;
    private final AccountQueries accountQueries;
    private final ReferenceQueries references;

    DemoAccounts(AccountService accounts, AccountQueries accountQueries, ReferenceQueries references) {
        this.accounts = accounts;
        this.accountQueries = accountQueries;
        this.references = references;
    }

    @Transactional
    List<DemoAccount> ensure() {
        List<UUID> companies = companiesWithMostNeeds();
        List<DemoAccount> made = new ArrayList<>();
        add(made, "admin@labspace.demo", "administrator", new AccountBinding(Roles.ADMIN, null, null, null, false));
        add(made, "leiden@labspace.demo", "campus manager, Leiden Bio Science Park",
                campusManager("leiden-bio-science-park"));
        add(made, "utrecht@labspace.demo", "campus manager, Utrecht Science Park and Bilthoven",
                campusManager("utrecht-science-park", "utrecht-science-park-bilthoven"));
        add(made, "oss@labspace.demo", "campus manager, Pivot Park Oss", campusManager("pivot-park"));
        add(made, "founder@labspace.demo", "company " + name(companies.get(0)), company(companies.get(0)));
        add(made, "scaleup@labspace.demo", "company " + name(companies.get(1)), company(companies.get(1)));
        add(made, "randstad-fund@labspace.demo", "fund manager, Utrecht + Noord-Holland + Zuid-Holland",
                new AccountBinding(Roles.FUND_MANAGER, null, null, List.of("PV26", "PV27", "PV28"), false));
        add(made, "national-fund@labspace.demo", "fund manager, whole country",
                new AccountBinding(Roles.FUND_MANAGER, null, null, null, true));
        return made;
    }

    private void add(List<DemoAccount> made, String email, String description, AccountBinding binding) {
        if (accountQueries.findByEmail(email).isEmpty()) {
            accounts.create("demo", email, description, PASSWORD, binding);
        }
        made.add(new DemoAccount(email, description));
    }

    private static AccountBinding campusManager(String... campusIds) {
        return new AccountBinding(Roles.CAMPUS_MANAGER, List.of(campusIds), null, null, false);
    }

    private static AccountBinding company(UUID companyId) {
        return new AccountBinding(Roles.COMPANY, null, companyId, null, false);
    }

    private List<UUID> companiesWithMostNeeds() {
        return references.companiesWithMostNeeds(2);
    }

    private String name(UUID company) {
        return references.companyName(company).orElseThrow();
    }
}
