package nl.labspace.db.account;

import static nl.labspace.db.generated.Tables.ACCOUNT_TOKEN;
import static org.jooq.impl.DSL.currentOffsetDateTime;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

/**
 * One-time tokens of mailed links (an invitation, a password reset), kept only as SHA-256 hashes. A token is used
 * once: {@link #use} marks it in the same statement that finds it, so two uses of one link cannot both succeed.
 */
public final class AccountTokens {

    public static final String INVITE = "invite";
    public static final String RESET = "reset";

    private final DSLContext dsl;

    public AccountTokens(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insert(byte[] tokenHash, UUID accountId, String purpose, OffsetDateTime expiresAt) {
        dsl.insertInto(ACCOUNT_TOKEN).set(ACCOUNT_TOKEN.TOKEN_HASH, tokenHash).set(ACCOUNT_TOKEN.ACCOUNT_ID, accountId)
                .set(ACCOUNT_TOKEN.PURPOSE, purpose).set(ACCOUNT_TOKEN.EXPIRES_AT, expiresAt).execute();
    }

    /** The token's account and purpose when the token is unused and unexpired, marking it used; else empty. */
    public Optional<UsedToken> use(byte[] tokenHash) {
        return dsl.update(ACCOUNT_TOKEN).set(ACCOUNT_TOKEN.USED_AT, currentOffsetDateTime())
                .where(ACCOUNT_TOKEN.TOKEN_HASH.eq(tokenHash), ACCOUNT_TOKEN.USED_AT.isNull(),
                        ACCOUNT_TOKEN.EXPIRES_AT.gt(currentOffsetDateTime()))
                .returning(ACCOUNT_TOKEN.ACCOUNT_ID, ACCOUNT_TOKEN.PURPOSE)
                .fetchOptional(r -> new UsedToken(r.get(ACCOUNT_TOKEN.ACCOUNT_ID), r.get(ACCOUNT_TOKEN.PURPOSE)));
    }

    /** Whether the token could be used now (for showing the form before the password is typed). */
    public boolean usable(byte[] tokenHash) {
        return dsl.fetchExists(ACCOUNT_TOKEN, ACCOUNT_TOKEN.TOKEN_HASH.eq(tokenHash), ACCOUNT_TOKEN.USED_AT.isNull(),
                ACCOUNT_TOKEN.EXPIRES_AT.gt(currentOffsetDateTime()));
    }

    /** Ends the account's other open links: once a password is set, an older invitation or reset mail is void. */
    public void voidOpen(UUID accountId) {
        dsl.update(ACCOUNT_TOKEN).set(ACCOUNT_TOKEN.USED_AT, currentOffsetDateTime())
                .where(ACCOUNT_TOKEN.ACCOUNT_ID.eq(accountId), ACCOUNT_TOKEN.USED_AT.isNull()).execute();
        dsl.deleteFrom(ACCOUNT_TOKEN).where(ACCOUNT_TOKEN.EXPIRES_AT.lt(OffsetDateTime.now().minusDays(30))).execute();
    }

    /** A token that was just used. */
    public record UsedToken(UUID accountId, String purpose) {
    }
}
