package nl.labspace.matching;

import java.sql.Connection;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.labspace.db.audit.AuditLog;
import nl.labspace.search.FreshListings;

/** What a run needs besides its own stores: transactions, the writer, the freshness rule, the audit log, settings. */
@Singleton
final class RunSupport {

    private final TransactionOperations<Connection> tx;
    private final ProposalWriter writer;
    private final FreshListings freshness;
    private final AuditLog audit;
    private final MatchingConfiguration config;

    RunSupport(TransactionOperations<Connection> tx, ProposalWriter writer, FreshListings freshness, AuditLog audit,
               MatchingConfiguration config) {
        this.tx = tx;
        this.writer = writer;
        this.freshness = freshness;
        this.audit = audit;
        this.config = config;
    }

    TransactionOperations<Connection> tx() {
        return tx;
    }

    ProposalWriter writer() {
        return writer;
    }

    FreshListings freshness() {
        return freshness;
    }

    AuditLog audit() {
        return audit;
    }

    MatchingConfiguration config() {
        return config;
    }
}
