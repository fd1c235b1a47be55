package nl.labspace.db.mail;

import static nl.labspace.db.generated.Tables.ACCOUNT;
import static org.jooq.impl.DSL.lower;

import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;

/** The language ("nl" or "en") each account reads its mails in. */
public final class AccountLanguages {

    private final DSLContext dsl;

    public AccountLanguages(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> of(UUID accountId) {
        return dsl.select(ACCOUNT.LANGUAGE).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId)).fetchOptional(ACCOUNT.LANGUAGE);
    }

    public Optional<String> ofEmail(String email) {
        return dsl.select(ACCOUNT.LANGUAGE).from(ACCOUNT).where(lower(ACCOUNT.EMAIL).eq(email.toLowerCase()))
                .fetchOptional(ACCOUNT.LANGUAGE);
    }

    public void set(UUID accountId, String language) {
        dsl.update(ACCOUNT).set(ACCOUNT.LANGUAGE, language).where(ACCOUNT.ID.eq(accountId)).execute();
    }
}
