package nl.labspace.db.enquiry;

import static nl.labspace.db.generated.Tables.COMPANY;
import static nl.labspace.db.generated.Tables.ENQUIRY;
import static nl.labspace.db.generated.Tables.ENQUIRY_MESSAGE;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.field;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Writes threads and messages. The counts behind the limits are read after locking the company (new enquiries) or the
 * thread (new messages), so two requests at once cannot both pass a limit that only one of them fits under.
 */
public final class EnquiryCommands {

    private final DSLContext dsl;

    public EnquiryCommands(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Writes the thread and its first message; returns the thread's id. */
    public UUID insert(NewEnquiry e) {
        UUID id = dsl.insertInto(ENQUIRY)
                .set(ENQUIRY.UNIT_ID, e.unitId()).set(ENQUIRY.COMPANY_ID, e.companyId()).set(ENQUIRY.ASKED_BY, e.askedBy())
                .set(ENQUIRY.NEED_ID, e.needId()).set(ENQUIRY.ANONYMOUS, e.anonymous()).set(ENQUIRY.VIEWING_DATE, e.viewingDate())
                .returning(ENQUIRY.ID).fetchSingle(ENQUIRY.ID);
        addMessage(id, EnquirySide.COMPANY, e.askedBy(), e.message());
        return id;
    }

    public long addMessage(UUID enquiryId, EnquirySide side, UUID authorId, String body) {
        return dsl.insertInto(ENQUIRY_MESSAGE)
                .set(ENQUIRY_MESSAGE.ENQUIRY_ID, enquiryId).set(ENQUIRY_MESSAGE.SIDE, side.code())
                .set(ENQUIRY_MESSAGE.AUTHOR_ID, authorId).set(ENQUIRY_MESSAGE.BODY, body)
                .returning(ENQUIRY_MESSAGE.ID).fetchSingle(ENQUIRY_MESSAGE.ID);
    }

    /** The reader's side has opened the thread: the other side's messages are read. */
    public void markRead(UUID enquiryId, EnquirySide reader) {
        dsl.update(ENQUIRY_MESSAGE).set(ENQUIRY_MESSAGE.READ_AT, currentOffsetDateTime())
                .where(ENQUIRY_MESSAGE.ENQUIRY_ID.eq(enquiryId), ENQUIRY_MESSAGE.SIDE.eq(reader.other().code()),
                        ENQUIRY_MESSAGE.READ_AT.isNull())
                .execute();
    }

    /** Names the company to the campus from now on; false when the thread was not anonymous or is revealed already. */
    public boolean reveal(UUID enquiryId) {
        return dsl.update(ENQUIRY).set(ENQUIRY.REVEALED_AT, currentOffsetDateTime())
                .where(ENQUIRY.ID.eq(enquiryId), ENQUIRY.ANONYMOUS.isTrue(), ENQUIRY.REVEALED_AT.isNull())
                .execute() == 1;
    }

    /** Locks the company, then counts the enquiries it made within the window (a limit check, in a transaction). */
    public int enquiriesWithin(UUID companyId, Duration window) {
        dsl.select(COMPANY.ID).from(COMPANY).where(COMPANY.ID.eq(companyId)).forUpdate().fetch();
        return dsl.fetchCount(ENQUIRY, ENQUIRY.COMPANY_ID.eq(companyId), ENQUIRY.CREATED_AT.gt(since(window)));
    }

    /** Locks the thread, then counts the messages one side wrote in it within the window. */
    public int messagesWithin(UUID enquiryId, EnquirySide side, Duration window) {
        dsl.select(ENQUIRY.ID).from(ENQUIRY).where(ENQUIRY.ID.eq(enquiryId)).forUpdate().fetch();
        return dsl.fetchCount(ENQUIRY_MESSAGE, ENQUIRY_MESSAGE.ENQUIRY_ID.eq(enquiryId),
                ENQUIRY_MESSAGE.SIDE.eq(side.code()), ENQUIRY_MESSAGE.SENT_AT.gt(since(window)));
    }

    private static Field<OffsetDateTime> since(Duration window) {
        return field("now() - make_interval(secs => {0})", OffsetDateTime.class, window.toSeconds());
    }
}
