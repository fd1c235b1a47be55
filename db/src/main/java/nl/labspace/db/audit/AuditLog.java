package nl.labspace.db.audit;

import static nl.labspace.db.generated.Tables.AUDIT_EVENT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.noCondition;

import java.util.List;

import org.jooq.DSLContext;

/** The append-only audit log: security-relevant actions, newest first when read. */
public final class AuditLog {

    private final DSLContext dsl;

    public AuditLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void record(String actor, String action, String subject, String detail, String remote) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.ACTOR, actor).set(AUDIT_EVENT.ACTION, action).set(AUDIT_EVENT.SUBJECT, subject)
                .set(AUDIT_EVENT.DETAIL, detail).set(AUDIT_EVENT.REMOTE, remote)
                .execute();
    }

    /** The newest events, optionally only those whose action starts with actionPrefix (e.g. "login."). */
    public List<AuditEventRow> recent(String actionPrefix, int limit) {
        return dsl.select(AUDIT_EVENT.ID, AUDIT_EVENT.AT, AUDIT_EVENT.ACTOR, AUDIT_EVENT.ACTION, AUDIT_EVENT.SUBJECT,
                        AUDIT_EVENT.DETAIL, AUDIT_EVENT.REMOTE)
                .from(AUDIT_EVENT)
                .where(actionPrefix == null ? noCondition() : AUDIT_EVENT.ACTION.startsWith(actionPrefix))
                .orderBy(AUDIT_EVENT.ID.desc())
                .limit(limit)
                .fetch(mapping(AuditEventRow::new));
    }
}
