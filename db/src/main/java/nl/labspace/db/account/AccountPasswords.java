package nl.labspace.db.account;

import static nl.labspace.db.generated.Tables.ACCOUNT;

import java.util.UUID;

import org.jooq.DSLContext;

/** A new password for an account. */
public final class AccountPasswords {

    private final DSLContext dsl;

    public AccountPasswords(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Stores the new hash, lifts a lockout, and increments the role version, which ends every token issued before:
     * a new password signs out every session (the caller hands the current one a fresh token).
     */
    public void set(UUID accountId, String passwordHash) {
        dsl.update(ACCOUNT).set(ACCOUNT.PASSWORD_HASH, passwordHash).set(ACCOUNT.FAILED_LOGINS, 0)
                .setNull(ACCOUNT.LOCKED_UNTIL).set(ACCOUNT.ROLE_VERSION, ACCOUNT.ROLE_VERSION.plus(1))
                .where(ACCOUNT.ID.eq(accountId)).execute();
    }
}
