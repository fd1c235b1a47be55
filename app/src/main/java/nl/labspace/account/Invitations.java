package nl.labspace.account;

import java.util.UUID;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.db.account.AccountQueries;
import nl.labspace.db.account.NewAccount;
import nl.labspace.db.audit.AuditLog;
import nl.labspace.db.mail.AccountLanguages;
import nl.labspace.web.BadInput;
import nl.labspace.web.Reason;

/**
 * An admin invites a campus manager, company or fund manager (or another admin) by email: the account is created
 * without a usable password and mailed a one-time link that sets one. Nobody ever types another's password.
 */
@Singleton
class Invitations {

    static final java.util.List<String> LANGUAGES = java.util.List.of("nl", "en");

    private final AccountQueries accounts;
    private final AccountLanguages languages;
    private final BindingValidator bindings;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final AccountMails mails;
    private final nl.labspace.page.FormOnce once;

    Invitations(AccountQueries accounts, AccountLanguages languages, BindingValidator bindings, PasswordHasher hasher,
                AuditLog audit, AccountMails mails, nl.labspace.page.FormOnce once) {
        this.once = once;
        this.accounts = accounts;
        this.languages = languages;
        this.bindings = bindings;
        this.hasher = hasher;
        this.audit = audit;
        this.mails = mails;
    }

    /** An invitation as the API's body and the page's form give it; language is "nl" (default) or "en". */
    record Invitation(String email, String displayName, String language, AccountBinding binding) {
    }

    /** The page's invite form, acting once: false when this form was sent before (nothing is done). */
    @Transactional
    boolean inviteOnce(String formId, String actor, Invitation invitation) {
        if (!once.claim(formId)) {
            return false;
        }
        invite(actor, invitation);
        return true;
    }

    @Transactional
    UUID invite(String actor, Invitation invitation) {
        mails.limitInvites(invitation.email());
        String language = invitation.language() == null || invitation.language().isBlank() ? "nl" : invitation.language();
        if (!LANGUAGES.contains(language)) {
            throw new BadInput("language", invitation.language(), Reason.ONE_OF, String.join(", ", LANGUAGES));
        }
        try {
            bindings.check(invitation.binding());
        } catch (BadInput e) {
            throw BindingValidator.nested(e, "binding");
        }
        if (accounts.findByEmail(invitation.email()).isPresent()) {
            throw new BadInput("email", invitation.email(), Reason.IN_USE);
        }
        AccountBinding b = invitation.binding();
        // No one knows this password: the account signs in only after setting its own through the mailed link.
        UUID id = accounts.insert(new NewAccount(invitation.email(), invitation.displayName(),
                hasher.hash(MailedTokens.newToken()), b.role(), b.companyId(), b.wholeCountry(), b.campusIds(), b.regionCodes()));
        languages.set(id, language);
        audit.record(actor, "account.invited", invitation.email(), AccountService.describe(b), null);
        mails.mailInvite(accounts.findById(id).orElseThrow());
        return id;
    }
}
