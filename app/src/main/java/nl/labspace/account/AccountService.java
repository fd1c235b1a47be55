package nl.labspace.account;

import nl.labspace.web.NotFound;
import java.util.List;
import java.util.UUID;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.account.AccountListRow;
import nl.labspace.db.account.AccountQueries;
import nl.labspace.db.account.AccountRow;
import nl.labspace.db.account.CompanyRef;
import nl.labspace.db.account.NewAccount;
import nl.labspace.db.account.ReferenceQueries;
import nl.labspace.db.audit.AuditEventRow;
import nl.labspace.db.audit.AuditFilter;
import nl.labspace.db.audit.AuditLog;
import nl.labspace.web.BadInput;
import nl.labspace.web.Reason;

/** Creating accounts and changing roles (admins only), every change written to the audit log. */
@Singleton
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = nl.labspace.web.Limits.PASSWORD_MIN_CHARS;

    private final AccountQueries accounts;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final BindingValidator bindings;
    private final ReferenceQueries references;

    AccountService(AccountQueries accounts, AuditLog audit, PasswordHasher hasher, BindingValidator bindings,
                   ReferenceQueries references) {
        this.accounts = accounts;
        this.audit = audit;
        this.hasher = hasher;
        this.bindings = bindings;
        this.references = references;
    }

    /** One page of the accounts list and how many there are in all. */
    public record AccountPage(List<AccountListRow> accounts, int total, int locked) {
    }

    /** One page of the audit log as a filter lets it through, how many events pass it, and the actions known. */
    public record AuditPage(List<AuditEventRow> events, int total, List<String> actions) {
    }

    @Transactional
    public UUID create(String actor, String email, String displayName, String password, AccountBinding binding) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new BadInput("password", "(hidden)", Reason.MIN_CHARS, MIN_PASSWORD_LENGTH);
        }
        if (!PasswordHasher.fits(password)) {
            throw new BadInput("password", "(hidden)", Reason.MAX_BYTES, PasswordHasher.MAX_PASSWORD_BYTES);
        }
        bindings.check(binding);
        if (accounts.findByEmail(email).isPresent()) {
            throw new BadInput("email", email, Reason.IN_USE);
        }
        UUID id = accounts.insert(new NewAccount(email, displayName, hasher.hash(password), binding.role(),
                binding.companyId(), binding.wholeCountry(), binding.campusIds(), binding.regionCodes()));
        audit.record(actor, "account.created", email, describe(binding), null);
        return id;
    }

    @Transactional
    public AccountRow changeRole(String actor, UUID accountId, AccountBinding binding) {
        AccountRow account = accounts.findById(accountId)
                .orElseThrow(() -> new NotFound("account %s does not exist".formatted(accountId)));
        bindings.check(binding);
        accounts.changeRole(accountId, binding.role(), binding.companyId(), binding.wholeCountry(),
                binding.campusIds(), binding.regionCodes());
        audit.record(actor, "account.role-changed", account.email(), "%s -> %s".formatted(account.role(), describe(binding)), null);
        return accounts.findById(accountId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public AccountRow find(UUID id) {
        return accounts.findById(id)
                .orElseThrow(() -> new NotFound("account %s does not exist".formatted(id)));
    }

    @Transactional(readOnly = true)
    public List<AccountRow> all() {
        return accounts.all();
    }

    @Transactional(readOnly = true)
    public AccountPage page(int offset, int limit) {
        return new AccountPage(accounts.page(offset, limit), accounts.count(), accounts.countLocked());
    }

    @Transactional(readOnly = true)
    public AccountListRow listed(UUID id) {
        return accounts.findListed(id)
                .orElseThrow(() -> new NotFound("account %s does not exist".formatted(id)));
    }

    @Transactional(readOnly = true)
    public int lockedCount() {
        return accounts.countLocked();
    }

    /** The companies a company account can be bound to, by name. */
    @Transactional(readOnly = true)
    public List<CompanyRef> companies() {
        return references.companies();
    }

    @Transactional(readOnly = true)
    public List<AuditEventRow> audit(String actionPrefix, int limit) {
        return audit.recent(actionPrefix, limit);
    }

    @Transactional(readOnly = true)
    public List<String> auditActions() {
        return audit.actions();
    }

    @Transactional(readOnly = true)
    public AuditPage audit(AuditFilter filter, int offset, int limit) {
        return new AuditPage(audit.page(filter, offset, limit), audit.count(filter), audit.actions());
    }

    static String describe(AccountBinding b) {
        return switch (b.role()) {
            case Roles.CAMPUS_MANAGER -> b.role() + " of " + b.campusIds();
            case Roles.COMPANY -> b.role() + " of " + b.companyId();
            case Roles.FUND_MANAGER -> b.role() + " of " + (b.wholeCountry() ? "the whole country" : b.regionCodes());
            default -> b.role();
        };
    }
}
