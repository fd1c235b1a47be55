package nl.labspace.db.account;

import static nl.labspace.db.generated.Tables.REVOKED_TOKEN;

import java.time.OffsetDateTime;

import org.jooq.DSLContext;

/** Signed-out tokens, kept until they would have expired anyway (AccountQueries.acceptsToken checks them). */
public final class RevokedTokens {

    private final DSLContext dsl;

    public RevokedTokens(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void revoke(String jti, OffsetDateTime expiresAt) {
        dsl.insertInto(REVOKED_TOKEN).set(REVOKED_TOKEN.JTI, jti).set(REVOKED_TOKEN.EXPIRES_AT, expiresAt)
                .onConflictDoNothing().execute();
        dsl.deleteFrom(REVOKED_TOKEN).where(REVOKED_TOKEN.EXPIRES_AT.lt(OffsetDateTime.now())).execute();
    }
}
