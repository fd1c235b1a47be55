package nl.labspace.web;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import nl.labspace.db.account.AccountQueries;
import nl.labspace.db.account.RevokedTokens;
import nl.labspace.db.audit.AuditLog;
import nl.labspace.db.campus.CampusQueries;
import nl.labspace.db.listing.CampusOfferQuery;
import nl.labspace.db.form.FormSubmissions;
import nl.labspace.db.insight.LostDemandQuery;
import nl.labspace.db.listing.UnitCommands;
import nl.labspace.db.listing.UnitLeases;
import nl.labspace.db.listing.UnitQueries;
import nl.labspace.db.need.NeedCommands;
import nl.labspace.db.need.NeedQueries;
import nl.labspace.db.market.MarketTotalsQuery;
import org.jooq.DSLContext;

/** Makes the db module's query classes (plain classes taking a DSLContext) injectable. */
@Factory
class QueryFactory {

    @Singleton
    AccountQueries accountQueries(DSLContext dsl) {
        return new AccountQueries(dsl);
    }

    @Singleton
    nl.labspace.db.account.ReferenceQueries referenceQueries(DSLContext dsl) {
        return new nl.labspace.db.account.ReferenceQueries(dsl);
    }

    @Singleton
    UnitLeases unitLeases(DSLContext dsl) {
        return new UnitLeases(dsl);
    }

    @Singleton
    nl.labspace.db.photo.UnitFileQueries unitFileQueries(DSLContext dsl) {
        return new nl.labspace.db.photo.UnitFileQueries(dsl);
    }

    @Singleton
    RevokedTokens revokedTokens(DSLContext dsl) {
        return new RevokedTokens(dsl);
    }

    @Singleton
    FormSubmissions formSubmissions(DSLContext dsl) {
        return new FormSubmissions(dsl);
    }

    @Singleton
    AuditLog auditLog(DSLContext dsl) {
        return new AuditLog(dsl);
    }

    @Singleton
    MarketTotalsQuery marketTotalsQuery(DSLContext dsl) {
        return new MarketTotalsQuery(dsl);
    }

    @Singleton
    CampusQueries campusQueries(DSLContext dsl) {
        return new CampusQueries(dsl);
    }

    @Singleton
    CampusOfferQuery campusOfferQuery(DSLContext dsl) {
        return new CampusOfferQuery(dsl);
    }

    @Singleton
    NeedQueries needQueries(DSLContext dsl) {
        return new NeedQueries(dsl);
    }

    @Singleton
    LostDemandQuery lostDemandQuery(DSLContext dsl) {
        return new LostDemandQuery(dsl);
    }

    @Singleton
    UnitQueries unitQueries(DSLContext dsl) {
        return new UnitQueries(dsl);
    }

    @Singleton
    UnitCommands unitCommands(DSLContext dsl) {
        return new UnitCommands(dsl);
    }

    @Singleton
    nl.labspace.db.matching.RunStore runStore(DSLContext dsl) {
        return new nl.labspace.db.matching.RunStore(dsl);
    }

    @Singleton
    nl.labspace.db.matching.ProposalStore proposalStore(DSLContext dsl) {
        return new nl.labspace.db.matching.ProposalStore(dsl);
    }

    @Singleton
    nl.labspace.db.matching.MarketFactsQuery marketFactsQuery(DSLContext dsl) {
        return new nl.labspace.db.matching.MarketFactsQuery(dsl);
    }

    @Singleton
    NeedCommands needCommands(DSLContext dsl) {
        return new NeedCommands(dsl);
    }
}
