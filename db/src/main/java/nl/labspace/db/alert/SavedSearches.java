package nl.labspace.db.alert;

import static nl.labspace.db.generated.Tables.ACCOUNT;
import static nl.labspace.db.generated.Tables.ALERT;
import static nl.labspace.db.generated.Tables.SAVED_SEARCH;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.SQLDataType;

/**
 * Saved searches of accounts. Reads are scoped by owner where an owner asks; the alert job locks one due search
 * at a time (SKIP LOCKED), so two instances of the app never send the same alert twice.
 */
public final class SavedSearches {

    /**
     * The horizon of an alert run (V24): every transaction of this database with a lower id had ended when the
     * statement's snapshot was taken, or ends before it returns. It is the snapshot's xmax, lowered to the oldest
     * transaction of this database that the snapshot still saw running (pg_stat_activity.backend_xid is the low 32
     * bits of a full id). Transactions of other databases on the same server hold nothing back.
     */
    static final Field<Long> HORIZON = field("""
            (SELECT LEAST(pg_snapshot_xmax(s.snap)::text::bigint,
                          (SELECT min(x::text::bigint) FROM pg_snapshot_xip(s.snap) x
                            WHERE x::text::bigint % 4294967296 IN (
                                  SELECT a.backend_xid::text::bigint FROM pg_stat_activity a
                                   WHERE a.datname = current_database() AND a.backend_xid IS NOT NULL
                                     AND a.pid <> pg_backend_pid())))
               FROM (SELECT pg_current_snapshot() AS snap) s)""", SQLDataType.BIGINT);
    private static final Field<OffsetDateTime> LAST_SENT = field(select(max(ALERT.SENT_AT)).from(ALERT)
            .where(ALERT.SAVED_SEARCH_ID.eq(SAVED_SEARCH.ID))).as("last_sent_at");

    private final DSLContext dsl;

    public SavedSearches(DSLContext dsl) {
        this.dsl = dsl;
    }

    public UUID insert(UUID accountId, SavedSearchValues v, OffsetDateTime nextDueAt) {
        return dsl.insertInto(SAVED_SEARCH)
                .set(SAVED_SEARCH.ACCOUNT_ID, accountId).set(SAVED_SEARCH.KIND, v.kind()).set(SAVED_SEARCH.NAME, v.name())
                .set(SAVED_SEARCH.QUERY, v.query()).set(SAVED_SEARCH.FREQUENCY, v.frequency())
                .set(SAVED_SEARCH.NEXT_DUE_AT, nextDueAt).set(SAVED_SEARCH.WATERMARK, HORIZON)
                .returning(SAVED_SEARCH.ID).fetchSingle(SAVED_SEARCH.ID);
    }

    public Optional<SavedSearchRow> find(UUID id) {
        return dsl.select(SAVED_SEARCH.fields()).select(LAST_SENT).from(SAVED_SEARCH)
                .where(SAVED_SEARCH.ID.eq(id)).fetchOptional(SavedSearches::row);
    }

    public List<SavedSearchRow> ofAccount(UUID accountId) {
        return dsl.select(SAVED_SEARCH.fields()).select(LAST_SENT).from(SAVED_SEARCH)
                .where(SAVED_SEARCH.ACCOUNT_ID.eq(accountId))
                .orderBy(SAVED_SEARCH.CREATED_AT, SAVED_SEARCH.ID).fetch(SavedSearches::row);
    }

    /** Edits what the owner sets; a changed search starts from now (its old watermark belonged to another query). */
    public void update(UUID id, SavedSearchValues v, boolean queryChanged, OffsetDateTime nextDueAt) {
        var update = dsl.update(SAVED_SEARCH)
                .set(SAVED_SEARCH.NAME, v.name()).set(SAVED_SEARCH.QUERY, v.query())
                .set(SAVED_SEARCH.FREQUENCY, v.frequency()).set(SAVED_SEARCH.NEXT_DUE_AT, nextDueAt)
                .set(SAVED_SEARCH.UPDATED_AT, currentOffsetDateTime());
        (queryChanged ? update.set(SAVED_SEARCH.WATERMARK, HORIZON) : update).where(SAVED_SEARCH.ID.eq(id)).execute();
    }

    /**
     * Pauses, unsubscribes or resumes. Resuming starts from now: what changed while it was paused is not sent
     * (a paused alert sends nothing, then or later).
     */
    public void setStatus(UUID id, String status, boolean resume, OffsetDateTime nextDueAt) {
        var update = dsl.update(SAVED_SEARCH).set(SAVED_SEARCH.STATUS, status)
                .set(SAVED_SEARCH.UPDATED_AT, currentOffsetDateTime());
        (resume ? update.set(SAVED_SEARCH.WATERMARK, HORIZON).set(SAVED_SEARCH.NEXT_DUE_AT, nextDueAt) : update)
                .where(SAVED_SEARCH.ID.eq(id)).execute();
    }

    public boolean delete(UUID id) {
        return dsl.deleteFrom(SAVED_SEARCH).where(SAVED_SEARCH.ID.eq(id)).execute() == 1;
    }

    /** Active searches whose time has come, oldest due first. */
    public List<UUID> due(OffsetDateTime now, int limit) {
        return dsl.select(SAVED_SEARCH.ID).from(SAVED_SEARCH)
                .where(SAVED_SEARCH.STATUS.eq(SavedSearchStatus.ACTIVE), SAVED_SEARCH.NEXT_DUE_AT.le(now))
                .orderBy(SAVED_SEARCH.NEXT_DUE_AT, SAVED_SEARCH.ID).limit(limit).fetch(SAVED_SEARCH.ID);
    }

    /** The search, locked for this transaction, if it is still active and due and no other run holds it. */
    public Optional<SavedSearchRow> lockDue(UUID id, OffsetDateTime now) {
        return dsl.select(SAVED_SEARCH.fields()).select(LAST_SENT).from(SAVED_SEARCH)
                .where(SAVED_SEARCH.ID.eq(id), SAVED_SEARCH.STATUS.eq(SavedSearchStatus.ACTIVE),
                        SAVED_SEARCH.NEXT_DUE_AT.le(now))
                .forUpdate().of(SAVED_SEARCH).skipLocked().fetchOptional(SavedSearches::row);
    }

    /** After a run: every change below the horizon has been considered. */
    public void advance(UUID id, long horizon, OffsetDateTime nextDueAt) {
        dsl.update(SAVED_SEARCH).set(SAVED_SEARCH.WATERMARK, horizon).set(SAVED_SEARCH.NEXT_DUE_AT, nextDueAt)
                .where(SAVED_SEARCH.ID.eq(id)).execute();
    }

    /** The run's horizon (see V24): taken before the run reads any change. */
    public long horizon() {
        return dsl.select(HORIZON).fetchSingle(HORIZON);
    }

    public Optional<Recipient> recipient(UUID accountId) {
        return dsl.select(ACCOUNT.ID, ACCOUNT.EMAIL, ACCOUNT.DISPLAY_NAME, ACCOUNT.ROLE).from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId), ACCOUNT.ENABLED.isTrue())
                .fetchOptional(r -> new Recipient(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private static SavedSearchRow row(Record r) {
        return new SavedSearchRow(r.get(SAVED_SEARCH.ID), r.get(SAVED_SEARCH.ACCOUNT_ID), r.get(SAVED_SEARCH.KIND),
                r.get(SAVED_SEARCH.NAME), r.get(SAVED_SEARCH.QUERY), r.get(SAVED_SEARCH.FREQUENCY),
                r.get(SAVED_SEARCH.STATUS), r.get(SAVED_SEARCH.WATERMARK), r.get(SAVED_SEARCH.NEXT_DUE_AT),
                r.get(SAVED_SEARCH.CREATED_AT), r.get(LAST_SENT));
    }
}
