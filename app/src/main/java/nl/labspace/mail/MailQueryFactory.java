package nl.labspace.mail;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import nl.labspace.db.account.AccountPasswords;
import nl.labspace.db.account.AccountTokens;
import nl.labspace.db.mail.AccountLanguages;
import nl.labspace.db.mail.OutboxStore;
import org.jooq.DSLContext;

/** Makes the db module's query classes of mail and accounts by email (passwords, mailed links) injectable. */
@Factory
class MailQueryFactory {

    @Singleton
    OutboxStore outboxStore(DSLContext dsl) {
        return new OutboxStore(dsl);
    }

    @Singleton
    AccountLanguages accountLanguages(DSLContext dsl) {
        return new AccountLanguages(dsl);
    }

    @Singleton
    AccountTokens accountTokens(DSLContext dsl) {
        return new AccountTokens(dsl);
    }

    @Singleton
    AccountPasswords accountPasswords(DSLContext dsl) {
        return new AccountPasswords(dsl);
    }
}
