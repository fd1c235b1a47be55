package nl.labspace.account;

import nl.labspace.web.BadInput;
import nl.labspace.web.Limits;
import nl.labspace.web.Reason;

/** What a new password must be: at least 12 characters, at most the 72 bytes bcrypt reads. Its value is never echoed. */
final class PasswordRules {

    static final String HIDDEN = "(hidden)";

    private PasswordRules() {
    }

    static void check(String field, String password) {
        if (password == null || password.isEmpty()) {
            throw new BadInput(field, null, Reason.REQUIRED);
        }
        if (password.length() < Limits.PASSWORD_MIN_CHARS) {
            throw new BadInput(field, HIDDEN, Reason.MIN_CHARS, Limits.PASSWORD_MIN_CHARS);
        }
        if (!PasswordHasher.fits(password)) {
            throw new BadInput(field, HIDDEN, Reason.MAX_BYTES, PasswordHasher.MAX_PASSWORD_BYTES);
        }
    }
}
