package nl.labspace.db.mail;

import static nl.labspace.db.generated.Tables.MAIL_OUTBOX;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.currentOffsetDateTime;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record13;
import org.jooq.SelectJoinStep;

/**
 * The mail outbox. Writes join the caller's transaction; {@link #claimDue()} locks the row it returns until that
 * transaction ends and skips rows another sender holds, so two senders never deliver the same mail.
 */
public final class OutboxStore {

    public static final String PENDING = "pending";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";

    private final DSLContext dsl;

    public OutboxStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(NewMail mail) {
        return dsl.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.RECIPIENT, mail.recipient()).set(MAIL_OUTBOX.LANGUAGE, mail.language())
                .set(MAIL_OUTBOX.KIND, mail.kind()).set(MAIL_OUTBOX.SUBJECT, mail.subject())
                .set(MAIL_OUTBOX.BODY_TEXT, mail.text()).set(MAIL_OUTBOX.BODY_HTML, mail.html())
                .returning(MAIL_OUTBOX.ID).fetchSingle(MAIL_OUTBOX.ID);
    }

    /** The oldest pending mail that is due, locked for this transaction; empty when none is free. */
    public Optional<OutboxRow> claimDue() {
        return select().where(MAIL_OUTBOX.STATUS.eq(PENDING), MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(currentOffsetDateTime()))
                .orderBy(MAIL_OUTBOX.NEXT_ATTEMPT_AT, MAIL_OUTBOX.ID).limit(1)
                .forUpdate().skipLocked()
                .fetchOptional(mapping(OutboxRow::new));
    }

    public void markSent(long id) {
        dsl.update(MAIL_OUTBOX).set(MAIL_OUTBOX.STATUS, SENT).set(MAIL_OUTBOX.SENT_AT, currentOffsetDateTime())
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1)).setNull(MAIL_OUTBOX.LAST_ERROR)
                .where(MAIL_OUTBOX.ID.eq(id)).execute();
    }

    /** One more failed attempt; the mail stays pending until retryAt. */
    public void markRetry(long id, String error, OffsetDateTime retryAt) {
        dsl.update(MAIL_OUTBOX).set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .set(MAIL_OUTBOX.LAST_ERROR, error).set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, retryAt)
                .where(MAIL_OUTBOX.ID.eq(id)).execute();
    }

    /** The server refused this mail for good (e.g. an address it does not know): no more attempts. */
    public void markFailed(long id, String error) {
        dsl.update(MAIL_OUTBOX).set(MAIL_OUTBOX.STATUS, FAILED).set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .set(MAIL_OUTBOX.LAST_ERROR, error).where(MAIL_OUTBOX.ID.eq(id)).execute();
    }

    /** The newest mails first. */
    public List<OutboxRow> page(int offset, int limit) {
        return select().orderBy(MAIL_OUTBOX.ID.desc()).offset(offset).limit(limit).fetch(mapping(OutboxRow::new));
    }

    public Optional<OutboxRow> find(long id) {
        return select().where(MAIL_OUTBOX.ID.eq(id)).fetchOptional(mapping(OutboxRow::new));
    }

    public int count() {
        return dsl.fetchCount(MAIL_OUTBOX);
    }

    public int countPending() {
        return dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.STATUS.eq(PENDING));
    }

    private SelectJoinStep<Record13<Long, String, String, String, String, String, String, String, Integer, OffsetDateTime, String, OffsetDateTime, OffsetDateTime>> select() {
        return dsl.select(MAIL_OUTBOX.ID, MAIL_OUTBOX.RECIPIENT, MAIL_OUTBOX.LANGUAGE, MAIL_OUTBOX.KIND,
                        MAIL_OUTBOX.SUBJECT, MAIL_OUTBOX.BODY_TEXT, MAIL_OUTBOX.BODY_HTML, MAIL_OUTBOX.STATUS,
                        MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.NEXT_ATTEMPT_AT, MAIL_OUTBOX.LAST_ERROR,
                        MAIL_OUTBOX.CREATED_AT, MAIL_OUTBOX.SENT_AT)
                .from(MAIL_OUTBOX);
    }
}
