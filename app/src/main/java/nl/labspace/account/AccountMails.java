package nl.labspace.account;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.account.AccountPasswords;
import nl.labspace.db.account.AccountQueries;
import nl.labspace.db.account.AccountRow;
import nl.labspace.db.account.AccountTokens;
import nl.labspace.db.audit.AuditLog;
import nl.labspace.mail.MailLanguages;
import nl.labspace.mail.MailTemplates;
import nl.labspace.mail.Outbox;
import nl.labspace.mail.PublicLinks;
import nl.labspace.web.BadInput;
import nl.labspace.web.Reason;

/**
 * Passwords by mail: a one-time link that sets a password (from an invitation or a reset request), and a change of
 * password by its holder. Each writes its mail to the outbox and its audit entry in one transaction, and every new
 * password ends the account's sessions (its role version moves on). A reset request says nothing about whether the
 * account exists: the caller answers the same either way.
 */
@Singleton
public class AccountMails {

    static final String SET_PASSWORD_PATH = "/password/set?token=";
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final AccountQueries accounts;
    private final AccountTokens tokens;
    private final AccountPasswords passwords;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final AccountMailConfiguration config;
    private final MailParts mail;

    AccountMails(AccountQueries accounts, AccountTokens tokens, AccountPasswords passwords, AuditLog audit,
                 PasswordHasher hasher, AccountMailConfiguration config, MailParts mail) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.audit = audit;
        this.hasher = hasher;
        this.config = config;
        this.mail = mail;
    }

    /** The mail feature's collaborators, kept together so this service stays small. */
    @Singleton
    record MailParts(Outbox outbox, MailTemplates templates, MailLanguages languages, PublicLinks links, RateLimits limits) {
    }

    /** Counts an invitation to this email address against its limit. */
    void limitInvites(String email) {
        mail.limits().byEmail("invite", email);
    }

    /** Mails an invitation with a link to set the first password of the (already created) account. */
    void mailInvite(AccountRow account) {
        Locale language = mail.languages().ofAccount(account.id());
        String token = issue(account.id(), AccountTokens.INVITE, config.inviteValidity());
        mail.outbox().enqueue(mail.templates().render(account.email(), language, "account-invite",
                new AccountMailModels.Invite(account.displayName(), account.role(),
                        mail.links().absolute(SET_PASSWORD_PATH + token), until(config.inviteValidity(), language))));
    }

    /**
     * Mails a reset link when an enabled account has this email; otherwise only audits the request. Either way the
     * caller answers alike, so the answer does not tell whether the account exists.
     */
    @Transactional
    public void requestReset(String email, String remote) {
        mail.limits().byAddress("password-reset", remote);
        mail.limits().byEmail("password-reset", email);
        Optional<AccountRow> found = accounts.findByEmail(email.trim()).filter(AccountRow::enabled);
        if (found.isEmpty()) {
            audit.record(null, "password.reset-unknown", email, "no enabled account; nothing sent", remote);
            return;
        }
        AccountRow account = found.get();
        Locale language = mail.languages().ofAccount(account.id());
        String token = issue(account.id(), AccountTokens.RESET, config.resetValidity());
        mail.outbox().enqueue(mail.templates().render(account.email(), language, "password-reset",
                new AccountMailModels.Reset(account.displayName(), mail.links().absolute(SET_PASSWORD_PATH + token),
                        until(config.resetValidity(), language))));
        audit.record(null, "password.reset-requested", account.email(), "link valid " + config.resetValidity(), remote);
    }

    /** Whether a mailed link still works, to show its form or say at once that it does not. */
    @Transactional(readOnly = true)
    public boolean linkWorks(String token) {
        return token != null && !token.isBlank() && tokens.usable(MailedTokens.hash(token));
    }

    /** Sets the password through a mailed link, once; the link's account signs in with it from now on. */
    @Transactional
    public String setPassword(String token, String password, String remote) {
        mail.limits().byAddress("password-link", remote);
        PasswordRules.check("password", password);
        AccountTokens.UsedToken used = (token == null || token.isBlank() ? Optional.<AccountTokens.UsedToken>empty()
                : tokens.use(MailedTokens.hash(token)))
                .orElseThrow(() -> new BadInput("token", PasswordRules.HIDDEN, Reason.LINK_INVALID));
        AccountRow account = accounts.findById(used.accountId()).orElseThrow();
        passwords.set(account.id(), hasher.hash(password));
        tokens.voidOpen(account.id());
        audit.record(account.email(), "password.set", account.email(), "through a mailed " + used.purpose() + " link", remote);
        return account.email();
    }

    /**
     * Changes the signed-in account's password (the current one required), ends its other sessions and returns the
     * authentication for a fresh token for this one. Refusals write only their audit entry (kept: no rollback).
     */
    @Transactional(noRollbackFor = BadInput.class)
    public Authentication changePassword(UUID accountId, String current, String password, String remote) {
        AccountRow account = accounts.findById(accountId).orElseThrow();
        mail.limits().byEmail("password-change", account.email());
        if (current == null || current.isEmpty()) {
            throw new BadInput("currentPassword", null, Reason.REQUIRED);
        }
        if (!hasher.matches(current, account.passwordHash())) {
            audit.record(account.email(), "password.change-refused", account.email(), "wrong current password", remote);
            throw new BadInput("currentPassword", PasswordRules.HIDDEN, Reason.WRONG_PASSWORD);
        }
        PasswordRules.check("newPassword", password);
        if (password.equals(current)) {
            throw new BadInput("newPassword", PasswordRules.HIDDEN, Reason.SAME_PASSWORD);
        }
        passwords.set(accountId, hasher.hash(password));
        tokens.voidOpen(accountId);
        audit.record(account.email(), "password.changed", account.email(), "other sessions signed out", remote);
        mail.outbox().enqueue(mail.templates().render(account.email(), mail.languages().ofAccount(accountId),
                "password-changed", new AccountMailModels.Changed(account.displayName(),
                        mail.links().absolute("/password/forgot"))));
        AccountRow changed = accounts.findById(accountId).orElseThrow();
        return Authentication.build(changed.email(), List.of(changed.role()),
                Map.of(LoginService.ACCOUNT_ID, changed.id().toString(), LoginService.ROLE_VERSION, changed.roleVersion()));
    }

    /** The language ("nl" or "en") the account's mails are written in from now on. */
    @Transactional
    public void chooseLanguage(UUID accountId, String language) {
        if (language == null || !Invitations.LANGUAGES.contains(language)) {
            throw new BadInput("language", language, language == null ? Reason.REQUIRED : Reason.ONE_OF,
                    String.join(", ", Invitations.LANGUAGES));
        }
        mail.languages().choose(accountId, language);
    }

    /** The account's mail language, "nl" or "en". */
    @Transactional(readOnly = true)
    public String language(UUID accountId) {
        return mail.languages().ofAccount(accountId).getLanguage();
    }

    private String issue(UUID accountId, String purpose, Duration validity) {
        String token = MailedTokens.newToken();
        tokens.insert(MailedTokens.hash(token), accountId, purpose, OffsetDateTime.now().plus(validity));
        return token;
    }

    private static String until(Duration validity, Locale language) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", language)
                .format(OffsetDateTime.now().plus(validity).atZoneSameInstant(DUTCH_TIME));
    }
}
