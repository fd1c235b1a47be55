package nl.labspace.db.enquiry;

import static nl.labspace.db.generated.Tables.ACCOUNT;
import static nl.labspace.db.generated.Tables.ACCOUNT_CAMPUS;
import static nl.labspace.db.generated.Tables.CAMPUS;
import static nl.labspace.db.generated.Tables.COMPANY;
import static nl.labspace.db.generated.Tables.ENQUIRY;
import static nl.labspace.db.generated.Tables.ENQUIRY_MESSAGE;
import static nl.labspace.db.generated.Tables.NEED;
import static nl.labspace.db.generated.Tables.PROPOSAL;
import static nl.labspace.db.generated.Tables.PROPOSAL_UNIT;
import static nl.labspace.db.generated.Tables.UNIT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.percentileCont;
import static org.jooq.impl.DSL.select;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.labspace.db.market.ProposalStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;

/** Reads enquiry threads: one, those of a company, those of some campuses, all; their messages; response times. */
public final class EnquiryQueries {

    private static final Field<OffsetDateTime> FIRST_REPLY_AT = field(select(min(ENQUIRY_MESSAGE.SENT_AT)).from(ENQUIRY_MESSAGE)
            .where(ENQUIRY_MESSAGE.ENQUIRY_ID.eq(ENQUIRY.ID), ENQUIRY_MESSAGE.SIDE.eq(EnquirySide.CAMPUS.code())));
    private static final Field<OffsetDateTime> FIRST_REPLY = FIRST_REPLY_AT.as("first_reply");
    private static final Field<OffsetDateTime> LAST_MESSAGE = field(select(max(ENQUIRY_MESSAGE.SENT_AT)).from(ENQUIRY_MESSAGE)
            .where(ENQUIRY_MESSAGE.ENQUIRY_ID.eq(ENQUIRY.ID))).as("last_message");
    private static final Field<String> SECTOR = coalesce(NEED.SECTOR, COMPANY.SECTOR).as("summary_sector");
    private static final Field<Integer> NEED_M2 = NEED.LAB_M2.plus(NEED.OFFICE_M2).as("need_m2");
    private static final Field<Integer> UNREAD_BY_COMPANY = unread(EnquirySide.CAMPUS).as("unread_by_company");
    private static final Field<Integer> UNREAD_BY_CAMPUS = unread(EnquirySide.COMPANY).as("unread_by_campus");
    /** Which proposal statuses still link a thread to a proposal: those that placed the company's need on the unit. */
    private static final List<String> LINKED = List.of(ProposalStatus.OPEN.code(), ProposalStatus.ACCEPTED.code(),
            ProposalStatus.CONFIRMED.code(), ProposalStatus.DECLINED.code(), ProposalStatus.CAMPUS_DECLINED.code());

    private final DSLContext dsl;

    public EnquiryQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<EnquiryRow> find(UUID id) {
        return threads().where(ENQUIRY.ID.eq(id)).fetchOptional(EnquiryQueries::row);
    }

    public List<EnquiryRow> ofCompany(UUID companyId) {
        return listed(ENQUIRY.COMPANY_ID.eq(companyId));
    }

    public List<EnquiryRow> ofCampuses(Collection<String> campusIds) {
        return listed(UNIT.CAMPUS_ID.in(campusIds));
    }

    public List<EnquiryRow> all() {
        return listed(noCondition());
    }

    public List<MessageRow> messages(UUID enquiryId) {
        return dsl.select(ENQUIRY_MESSAGE.ID, ENQUIRY_MESSAGE.ENQUIRY_ID, ENQUIRY_MESSAGE.SIDE, ENQUIRY_MESSAGE.BODY,
                        ENQUIRY_MESSAGE.SENT_AT, ENQUIRY_MESSAGE.READ_AT)
                .from(ENQUIRY_MESSAGE).where(ENQUIRY_MESSAGE.ENQUIRY_ID.eq(enquiryId)).orderBy(ENQUIRY_MESSAGE.ID)
                .fetch(mapping(MessageRow::new));
    }

    /** Messages of one side not yet read by the other, over the threads of these campuses (the campus inbox's count). */
    public int unreadForCampuses(Collection<String> campusIds) {
        return unreadCount(EnquirySide.COMPANY, UNIT.CAMPUS_ID.in(campusIds));
    }

    /** Campus replies the company has not read yet. */
    public int unreadForCompany(UUID companyId) {
        return unreadCount(EnquirySide.CAMPUS, ENQUIRY.COMPANY_ID.eq(companyId));
    }

    /**
     * The latest proposal that places one of the thread's company's needs on the thread's unit, if any: the thread
     * belongs to it as much as to the unit and the company.
     */
    public Optional<UUID> proposalFor(UUID companyId, UUID unitId) {
        return dsl.select(PROPOSAL.ID).from(PROPOSAL)
                .join(PROPOSAL_UNIT).on(PROPOSAL_UNIT.PROPOSAL_ID.eq(PROPOSAL.ID))
                .join(NEED).on(NEED.ID.eq(PROPOSAL.NEED_ID))
                .where(NEED.COMPANY_ID.eq(companyId), PROPOSAL_UNIT.UNIT_ID.eq(unitId), PROPOSAL.STATUS.in(LINKED))
                .orderBy(PROPOSAL.CREATED_AT.desc()).limit(1)
                .fetchOptional(PROPOSAL.ID);
    }

    /** The enabled campus managers of a campus: a new enquiry or company message is mailed to each. */
    public List<Recipient> managersOf(String campusId) {
        return dsl.select(ACCOUNT.ID, ACCOUNT.EMAIL, ACCOUNT.DISPLAY_NAME).from(ACCOUNT)
                .join(ACCOUNT_CAMPUS).on(ACCOUNT_CAMPUS.ACCOUNT_ID.eq(ACCOUNT.ID))
                .where(ACCOUNT_CAMPUS.CAMPUS_ID.eq(campusId), ACCOUNT.ENABLED.isTrue(), ACCOUNT.ROLE.eq("campus-manager"))
                .orderBy(ACCOUNT.EMAIL)
                .fetch(mapping(Recipient::new));
    }

    /** The account that asked, if still enabled: the campus's replies are mailed to it. */
    public Optional<Recipient> asker(UUID accountId) {
        return dsl.select(ACCOUNT.ID, ACCOUNT.EMAIL, ACCOUNT.DISPLAY_NAME).from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId), ACCOUNT.ENABLED.isTrue())
                .fetchOptional(mapping(Recipient::new));
    }

    /** The median time to a campus's first reply over its answered threads (all its units). */
    public ResponseTimes responseTimes(String campusId) {
        Field<BigDecimal> seconds = field("extract(epoch from ({0} - {1}))", BigDecimal.class, FIRST_REPLY_AT, ENQUIRY.CREATED_AT);
        var answered = dsl.select(seconds.as("seconds")).from(ENQUIRY).join(UNIT).on(UNIT.ID.eq(ENQUIRY.UNIT_ID))
                .where(UNIT.CAMPUS_ID.eq(campusId)).asTable("answered");
        Field<BigDecimal> s = answered.field("seconds", BigDecimal.class);
        return dsl.select(percentileCont(0.5).withinGroupOrderBy(s), count(s)).from(answered).where(s.isNotNull())
                .fetchSingle(r -> new ResponseTimes(r.value1() == null ? null : Math.round(r.value1().doubleValue()), r.value2()));
    }

    private List<EnquiryRow> listed(Condition condition) {
        return threads().where(condition).orderBy(LAST_MESSAGE.desc(), ENQUIRY.ID).fetch(EnquiryQueries::row);
    }

    private int unreadCount(EnquirySide writer, Condition condition) {
        return dsl.fetchCount(dsl.select(ENQUIRY_MESSAGE.ID).from(ENQUIRY_MESSAGE)
                .join(ENQUIRY).on(ENQUIRY.ID.eq(ENQUIRY_MESSAGE.ENQUIRY_ID)).join(UNIT).on(UNIT.ID.eq(ENQUIRY.UNIT_ID))
                .where(condition, ENQUIRY_MESSAGE.SIDE.eq(writer.code()), ENQUIRY_MESSAGE.READ_AT.isNull()));
    }

    private static Field<Integer> unread(EnquirySide writer) {
        return field(select(count()).from(ENQUIRY_MESSAGE).where(ENQUIRY_MESSAGE.ENQUIRY_ID.eq(ENQUIRY.ID),
                ENQUIRY_MESSAGE.SIDE.eq(writer.code()), ENQUIRY_MESSAGE.READ_AT.isNull()));
    }

    private SelectOnConditionStep<? extends Record> threads() {
        return dsl.select(ENQUIRY.ID, ENQUIRY.UNIT_ID, UNIT.NAME, UNIT.CAMPUS_ID, CAMPUS.NAME, ENQUIRY.COMPANY_ID, COMPANY.NAME,
                        ENQUIRY.ASKED_BY, ENQUIRY.NEED_ID, ENQUIRY.ANONYMOUS, ENQUIRY.REVEALED_AT, ENQUIRY.VIEWING_DATE,
                        ENQUIRY.CREATED_AT, FIRST_REPLY, SECTOR, NEED_M2, UNREAD_BY_COMPANY, UNREAD_BY_CAMPUS, LAST_MESSAGE)
                .from(ENQUIRY)
                .join(UNIT).on(UNIT.ID.eq(ENQUIRY.UNIT_ID))
                .join(CAMPUS).on(CAMPUS.ID.eq(UNIT.CAMPUS_ID))
                .join(COMPANY).on(COMPANY.ID.eq(ENQUIRY.COMPANY_ID))
                .leftJoin(NEED).on(NEED.ID.eq(ENQUIRY.NEED_ID));
    }

    private static EnquiryRow row(Record r) {
        return new EnquiryRow(r.get(ENQUIRY.ID), r.get(ENQUIRY.UNIT_ID), r.get(UNIT.NAME), r.get(UNIT.CAMPUS_ID), r.get(CAMPUS.NAME),
                r.get(ENQUIRY.COMPANY_ID), r.get(COMPANY.NAME), r.get(ENQUIRY.ASKED_BY), r.get(ENQUIRY.NEED_ID),
                r.get(ENQUIRY.ANONYMOUS), r.get(ENQUIRY.REVEALED_AT), r.get(ENQUIRY.VIEWING_DATE), r.get(ENQUIRY.CREATED_AT),
                r.get(FIRST_REPLY), r.get(SECTOR), r.get(NEED_M2), r.get(UNREAD_BY_COMPANY),
                r.get(UNREAD_BY_CAMPUS), r.get(LAST_MESSAGE));
    }
}
