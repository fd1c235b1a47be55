package nl.labspace.matching;

import java.sql.Connection;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.labspace.db.audit.AuditLog;
import nl.labspace.search.FreshListings;

/**
 * What a run needs besides its own stores: transactions, the writer, the freshness rule, the audit log, settings, and
 * where it announces that its proposals are written.
 */
@Singleton
final class RunSupport {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunSupport.class);

    private final TransactionOperations<Connection> tx;
    private final ProposalWriter writer;
    private final FreshListings freshness;
    private final AuditLog audit;
    private final MatchingConfiguration config;
    private final ApplicationEventPublisher<RunWritten> written;

    RunSupport(TransactionOperations<Connection> tx, ProposalWriter writer, FreshListings freshness, AuditLog audit,
               MatchingConfiguration config, ApplicationEventPublisher<RunWritten> written) {
        this.tx = tx;
        this.writer = writer;
        this.freshness = freshness;
        this.audit = audit;
        this.config = config;
        this.written = written;
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

    /**
     * Tells listeners (insight trends) that a run's proposals are committed. Their failure is logged, never the run's:
     * its outcome is already written.
     */
    void written(java.util.UUID run) {
        try {
            written.publishEvent(new RunWritten(run));
        } catch (RuntimeException e) {
            LOG.error("run {}: a listener of its written proposals failed", run, e);
        }
    }
}
