package nl.labspace.db.audit;

import static nl.labspace.db.generated.Tables.AUDIT_EVENT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.noCondition;

import java.util.List;

import org.jooq.Condition;
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
        return page(AuditFilter.action(actionPrefix), 0, limit);
    }

    /** The events the filter lets through, newest first, from offset on. */
    public List<AuditEventRow> page(AuditFilter filter, int offset, int limit) {
        return dsl.select(AUDIT_EVENT.ID, AUDIT_EVENT.AT, AUDIT_EVENT.ACTOR, AUDIT_EVENT.ACTION, AUDIT_EVENT.SUBJECT,
                        AUDIT_EVENT.DETAIL, AUDIT_EVENT.REMOTE)
                .from(AUDIT_EVENT)
                .where(matching(filter))
                .orderBy(AUDIT_EVENT.ID.desc())
                .offset(offset).limit(limit)
                .fetch(mapping(AuditEventRow::new));
    }

    public int count(AuditFilter filter) {
        return dsl.fetchCount(AUDIT_EVENT, matching(filter));
    }

    /** The actions the log holds, for a filter to choose from. */
    public List<String> actions() {
        return dsl.selectDistinct(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ACTION).fetch(AUDIT_EVENT.ACTION);
    }

    private static Condition matching(AuditFilter f) {
        return (f.actionPrefix() == null ? noCondition() : AUDIT_EVENT.ACTION.startsWith(f.actionPrefix()))
                .and(f.actor() == null ? noCondition() : AUDIT_EVENT.ACTOR.containsIgnoreCase(f.actor()))
                .and(f.from() == null ? noCondition() : AUDIT_EVENT.AT.ge(f.from()))
                .and(f.before() == null ? noCondition() : AUDIT_EVENT.AT.lt(f.before()));
    }
}
