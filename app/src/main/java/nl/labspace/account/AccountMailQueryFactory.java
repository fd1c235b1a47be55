package nl.labspace.account;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import nl.labspace.db.account.AccountPasswords;
import nl.labspace.db.account.AccountTokens;
import org.jooq.DSLContext;

/** Makes the db module's password and mailed-link queries injectable. */
@Factory
class AccountMailQueryFactory {

    @Singleton
    AccountTokens accountTokens(DSLContext dsl) {
        return new AccountTokens(dsl);
    }

    @Singleton
    AccountPasswords accountPasswords(DSLContext dsl) {
        return new AccountPasswords(dsl);
    }
}
