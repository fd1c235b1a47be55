package nl.labspace.mail;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import nl.labspace.db.mail.AccountLanguages;
import nl.labspace.db.mail.OutboxStore;
import org.jooq.DSLContext;

/** Makes the mail query classes of the db module injectable. */
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
}
