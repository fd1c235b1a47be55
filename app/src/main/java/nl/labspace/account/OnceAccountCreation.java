package nl.labspace.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.labspace.page.FormOnce;

/**
 * The accounts page's create form, acting once: the form's id is claimed and the account created in one
 * transaction, so a broken rule (BadInput out of AccountService.create) undoes the claim too and the corrected form
 * can be sent again.
 */
@Singleton
class OnceAccountCreation {

    private final FormOnce once;
    private final AccountService accounts;

    OnceAccountCreation(FormOnce once, AccountService accounts) {
        this.once = once;
        this.accounts = accounts;
    }

    /** False when this form was sent before: nothing is done. */
    @Transactional
    boolean create(@Nullable String formId, String actor, AdminController.CreateAccountRequest account) {
        if (!once.claim(formId)) {
            return false;
        }
        accounts.create(actor, account.email(), account.displayName(), account.password(), account.binding());
        return true;
    }
}
