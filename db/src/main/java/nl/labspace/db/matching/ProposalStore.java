package nl.labspace.db.matching;

import static nl.labspace.db.generated.Tables.CAMPUS;
import static nl.labspace.db.generated.Tables.LEASE;
import static nl.labspace.db.generated.Tables.NEED;
import static nl.labspace.db.generated.Tables.PROPOSAL;
import static nl.labspace.db.generated.Tables.PROPOSAL_UNIT;
import static nl.labspace.db.generated.Tables.UNIT;
import static org.jooq.impl.DSL.arrayAgg;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.select;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.labspace.db.market.NeedStatus;
import nl.labspace.db.market.ProposalStatus;
import nl.labspace.db.market.UnitStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Proposals: written by a run, answered by the company and the campus, confirmed into leases. */
public final class ProposalStore {

    /** The database refused a lease: another lease holds the unit in some of those months. */
    public static final class UnitTaken extends RuntimeException {
        private final UUID unitId;

        public UnitTaken(UUID unitId, LocalDate first, LocalDate last) {
            super("unit %s is already leased in some of the months %s to %s".formatted(unitId, month(first), month(last)));
            this.unitId = unitId;
        }

        public UUID unitId() {
            return unitId;
        }
    }

    /**
     * The database refused to hold a unit (exclusion constraint unit_hold_no_overlap): a lease or another accepted
     * proposal holds it in some of the months asked. The detail is PostgreSQL's, naming the unit's id.
     */
    public static final class UnitHeld extends RuntimeException {
        public static final String CONSTRAINT = "unit_hold_no_overlap";
        private final String detail;

        UnitHeld(String detail, Throwable cause) {
            super(detail, cause);
            this.detail = detail;
        }

        /** Which of these units the database found held (the first when its detail names none). */
        public UUID unitAmong(List<UUID> units) {
            return units.stream().filter(u -> detail.contains(u.toString())).findFirst().orElse(units.get(0));
        }
    }

    private static final Field<UUID[]> UNIT_IDS = field(select(arrayAgg(PROPOSAL_UNIT.UNIT_ID).orderBy(PROPOSAL_UNIT.UNIT_ID))
            .from(PROPOSAL_UNIT).where(PROPOSAL_UNIT.PROPOSAL_ID.eq(PROPOSAL.ID))).as("unit_ids");

    private final DSLContext dsl;

    public ProposalStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Rows per insert statement: a national run writes a few thousand proposals in a handful of statements. */
    private static final int ROWS_PER_INSERT = 500;

    /** Writes a run's proposals; earlier open or unmatched proposals of the same needs become superseded. */
    public int write(UUID run, List<NewProposal> proposals) {
        List<UUID> needs = proposals.stream().map(NewProposal::needId).toList();
        dsl.update(PROPOSAL).set(PROPOSAL.STATUS, ProposalStatus.SUPERSEDED.code()).set(PROPOSAL.STATUS_REASON, "a later run proposed again")
                .where(PROPOSAL.NEED_ID.in(needs)).and(PROPOSAL.STATUS.in(ProposalStatus.OPEN.code(), ProposalStatus.UNMATCHED.code())).execute();
        List<UUID> ids = proposals.stream().map(p -> UUID.randomUUID()).toList();
        for (int from = 0; from < proposals.size(); from += ROWS_PER_INSERT) {
            var insert = dsl.insertInto(PROPOSAL, PROPOSAL.ID, PROPOSAL.RUN_ID, PROPOSAL.NEED_ID, PROPOSAL.CAMPUS_ID,
                    PROPOSAL.START_MONTH, PROPOSAL.TERM_MONTHS, PROPOSAL.STATUS, PROPOSAL.NEED_VERSION, PROPOSAL.EXPLANATION);
            for (int i = from; i < Math.min(proposals.size(), from + ROWS_PER_INSERT); i++) {
                NewProposal p = proposals.get(i);
                insert = insert.values(ids.get(i), run, p.needId(), p.campusId(), p.startMonth(), p.termMonths(),
                        p.matched() ? ProposalStatus.OPEN.code() : ProposalStatus.UNMATCHED.code(), p.needVersion(), JSONB.valueOf(p.explanation()));
            }
            insert.execute();
        }
        record ProposedUnit(UUID proposal, NewProposal.UnitVersion unit) {
        }
        List<ProposedUnit> units = new ArrayList<>();
        for (int i = 0; i < proposals.size(); i++) {
            for (NewProposal.UnitVersion u : proposals.get(i).units()) {
                units.add(new ProposedUnit(ids.get(i), u));
            }
        }
        for (int from = 0; from < units.size(); from += ROWS_PER_INSERT) {
            var insert = dsl.insertInto(PROPOSAL_UNIT, PROPOSAL_UNIT.PROPOSAL_ID, PROPOSAL_UNIT.UNIT_ID, PROPOSAL_UNIT.UNIT_VERSION);
            for (ProposedUnit u : units.subList(from, Math.min(units.size(), from + ROWS_PER_INSERT))) {
                insert = insert.values(u.proposal(), u.unit().unitId(), u.unit().version());
            }
            insert.execute();
        }
        return proposals.size();
    }

    public Optional<ProposalRow> find(UUID id) {
        return fetch(PROPOSAL.ID.eq(id)).stream().findFirst();
    }

    public List<ProposalRow> ofCompany(UUID companyId) {
        return fetch(NEED.COMPANY_ID.eq(companyId).and(PROPOSAL.STATUS.ne(ProposalStatus.SUPERSEDED.code())));
    }

    public List<ProposalRow> onCampuses(List<String> campusIds) {
        return fetch(PROPOSAL.CAMPUS_ID.in(campusIds).and(PROPOSAL.STATUS.in(ProposalStatus.OPEN.code(), ProposalStatus.ACCEPTED.code(), ProposalStatus.CONFIRMED.code(), ProposalStatus.CAMPUS_DECLINED.code())));
    }

    /** Every live or decided proposal (administrators); superseded ones stay in the history of their run. */
    public List<ProposalRow> onCampusesOrAll() {
        return fetch(PROPOSAL.STATUS.ne(ProposalStatus.SUPERSEDED.code()));
    }

    public List<ProposalRow> ofRun(UUID run) {
        return fetch(PROPOSAL.RUN_ID.eq(run));
    }

    /**
     * Why the proposal can no longer be accepted, if it cannot: its need edited, withdrawn or matched since the run,
     * or one of its units edited, withdrawn or leased in those months.
     */
    /** What changed since the run, as a kind and its values (a status, a unit's name and months). */
    public record Change(Kind kind, List<String> values) {
        public enum Kind { NEED_CLOSED, NEED_EDITED, UNIT_WITHDRAWN, UNIT_EDITED, UNIT_LEASED }

        static Optional<Change> of(Kind kind, String... values) {
            return Optional.of(new Change(kind, List.of(values)));
        }
    }

    public Optional<Change> changedSinceRun(UUID id) {
        Record p = dsl.select(PROPOSAL.NEED_VERSION, NEED.VERSION, NEED.STATUS, PROPOSAL.START_MONTH, PROPOSAL.TERM_MONTHS)
                .from(PROPOSAL).join(NEED).on(NEED.ID.eq(PROPOSAL.NEED_ID)).where(PROPOSAL.ID.eq(id)).fetchOne();
        if (!NeedStatus.OPEN.is(p.get(NEED.STATUS))) {
            return Change.of(Change.Kind.NEED_CLOSED, p.get(NEED.STATUS));
        }
        if (!p.get(PROPOSAL.NEED_VERSION).equals(p.get(NEED.VERSION))) {
            return Change.of(Change.Kind.NEED_EDITED);
        }
        LocalDate first = p.get(PROPOSAL.START_MONTH);
        LocalDate last = first.plusMonths(p.get(PROPOSAL.TERM_MONTHS) - 1L);
        for (Record u : dsl.select(UNIT.ID, UNIT.NAME, UNIT.VERSION, UNIT.STATUS, PROPOSAL_UNIT.UNIT_VERSION)
                .from(PROPOSAL_UNIT).join(UNIT).on(UNIT.ID.eq(PROPOSAL_UNIT.UNIT_ID))
                .where(PROPOSAL_UNIT.PROPOSAL_ID.eq(id)).fetch()) {
            if (UnitStatus.WITHDRAWN.is(u.get(UNIT.STATUS))) {
                return Change.of(Change.Kind.UNIT_WITHDRAWN, u.get(UNIT.NAME));
            }
            if (!u.get(UNIT.VERSION).equals(u.get(PROPOSAL_UNIT.UNIT_VERSION))) {
                return Change.of(Change.Kind.UNIT_EDITED, u.get(UNIT.NAME));
            }
            if (dsl.fetchExists(LEASE, LEASE.UNIT_ID.eq(u.get(UNIT.ID))
                    .and(LEASE.FIRST_MONTH.le(last)).and(LEASE.LAST_MONTH.ge(first)))) {
                return Change.of(Change.Kind.UNIT_LEASED, u.get(UNIT.NAME), month(first), month(last));
            }
        }
        return Optional.empty();
    }

    /**
     * Moves a proposal from one status to the next; false when it was no longer in status from. Becoming 'accepted'
     * holds its units for its months (trigger proposal_holds_units); a unit held already throws UnitHeld, and the
     * caller's transaction rolls back.
     */
    public boolean transition(UUID id, String from, String to, String who) {
        var update = dsl.update(PROPOSAL).set(PROPOSAL.STATUS, to);
        update = ProposalStatus.CONFIRMED.is(to)
                ? update.set(PROPOSAL.CONFIRMED_AT, OffsetDateTime.now()).set(PROPOSAL.CONFIRMED_BY, who)
                : update.set(PROPOSAL.DECIDED_AT, OffsetDateTime.now()).set(PROPOSAL.DECIDED_BY, who);
        if (ProposalStatus.ACCEPTED.is(to)) {
            lockUnitsOf(id);
        }
        try {
            return update.where(PROPOSAL.ID.eq(id)).and(PROPOSAL.STATUS.eq(from)).execute() == 1;
        } catch (DataAccessException e) {
            throw violated(e, UnitHeld.CONSTRAINT).map(detail -> (RuntimeException) new UnitHeld(detail, e)).orElse(e);
        }
    }

    /**
     * Holds of one unit are written one transaction at a time, its rows locked in id order: two transactions that
     * insert overlapping holds at once would each find the other's uncommitted row while checking the exclusion
     * constraint and deadlock, instead of the second finding the first's committed hold (and answering 409).
     */
    private void lockUnitsOf(UUID proposal) {
        dsl.select(UNIT.ID).from(UNIT)
                .where(UNIT.ID.in(select(PROPOSAL_UNIT.UNIT_ID).from(PROPOSAL_UNIT).where(PROPOSAL_UNIT.PROPOSAL_ID.eq(proposal))))
                .orderBy(UNIT.ID).forNoKeyUpdate().fetch();
    }

    /** PostgreSQL's detail of a violation of the named constraint, if that is what the exception is. */
    private static Optional<String> violated(DataAccessException e, String constraint) {
        PSQLException cause = e.getCause(PSQLException.class);
        ServerErrorMessage m = cause == null ? null : cause.getServerErrorMessage();
        if (m == null || !constraint.equals(m.getConstraint())) {
            return Optional.empty();
        }
        return Optional.of(m.getDetail() == null ? "" : m.getDetail());
    }

    /**
     * Leases the proposal's units for its months and marks its need matched. The exclusion constraint
     * lease_no_overlap has the last word: a unit leased meanwhile throws UnitTaken and the caller's transaction
     * rolls back. Other live proposals that collide with the new leases, and the need's other proposals, are voided.
     */
    public int confirm(ProposalRow p) {
        lockUnitsOf(p.id());
        LocalDate first = p.startMonth();
        LocalDate last = first.plusMonths(p.termMonths() - 1L);
        for (UUID unit : p.unitIds()) {
            try {
                dsl.insertInto(LEASE).set(LEASE.UNIT_ID, unit).set(LEASE.NEED_ID, p.needId()).set(LEASE.PROPOSAL_ID, p.id())
                        .set(LEASE.FIRST_MONTH, first).set(LEASE.LAST_MONTH, last).execute();
            } catch (IntegrityConstraintViolationException e) {
                throw new UnitTaken(unit, first, last);
            }
        }
        dsl.update(NEED).set(NEED.STATUS, NeedStatus.MATCHED.code()).set(NEED.VERSION, NEED.VERSION.plus(1))
                .set(NEED.UPDATED_AT, OffsetDateTime.now()).where(NEED.ID.eq(p.needId())).execute();
        int voided = dsl.update(PROPOSAL).set(PROPOSAL.STATUS, ProposalStatus.VOID.code())
                .set(PROPOSAL.STATUS_REASON, "unit %s is leased to another need from %s to %s".formatted(
                        p.unitIds().size() == 1 ? p.unitIds().get(0) : p.unitIds(), month(first), month(last)))
                .where(PROPOSAL.STATUS.in(ProposalStatus.OPEN.code(), ProposalStatus.ACCEPTED.code())).and(PROPOSAL.ID.ne(p.id()))
                .and(PROPOSAL.ID.in(select(PROPOSAL_UNIT.PROPOSAL_ID).from(PROPOSAL_UNIT).where(PROPOSAL_UNIT.UNIT_ID.in(p.unitIds()))))
                .and(PROPOSAL.START_MONTH.le(last))
                .and(field("({0} + make_interval(months => {1} - 1))::date", LocalDate.class, PROPOSAL.START_MONTH, PROPOSAL.TERM_MONTHS).ge(first))
                .execute();
        voided += dsl.update(PROPOSAL).set(PROPOSAL.STATUS, ProposalStatus.VOID.code()).set(PROPOSAL.STATUS_REASON, "the need was matched")
                .where(PROPOSAL.NEED_ID.eq(p.needId())).and(PROPOSAL.ID.ne(p.id())).and(PROPOSAL.STATUS.in(ProposalStatus.OPEN.code(), ProposalStatus.ACCEPTED.code()))
                .execute();
        return voided;
    }

    private static String month(LocalDate firstDay) {
        return firstDay.toString().substring(0, 7);
    }

    private List<ProposalRow> fetch(Condition where) {
        return dsl.select(PROPOSAL.asterisk(), NEED.COMPANY_ID, NEED.TITLE, NEED.CONFIDENTIAL, NEED.LAB_M2, NEED.OFFICE_M2,
                        NEED.CONTAINMENT, NEED.GMP, NEED.MOVE_IN_EARLIEST, NEED.MOVE_IN_LATEST, NEED.HOME_PROVINCE_CODE,
                        CAMPUS.NAME, UNIT_IDS)
                .from(PROPOSAL).join(NEED).on(NEED.ID.eq(PROPOSAL.NEED_ID))
                .leftJoin(CAMPUS).on(CAMPUS.ID.eq(PROPOSAL.CAMPUS_ID))
                .where(where).orderBy(PROPOSAL.CREATED_AT.desc(), PROPOSAL.ID)
                .fetch(ProposalStore::row);
    }

    private static ProposalRow row(Record r) {
        UUID[] units = r.get("unit_ids", UUID[].class);
        return new ProposalRow(r.get(PROPOSAL.ID), r.get(PROPOSAL.RUN_ID), r.get(PROPOSAL.NEED_ID), r.get(NEED.COMPANY_ID),
                r.get(NEED.TITLE), r.get(NEED.CONFIDENTIAL), r.get(NEED.LAB_M2), r.get(NEED.OFFICE_M2),
                r.get(NEED.CONTAINMENT), r.get(NEED.GMP), r.get(NEED.MOVE_IN_EARLIEST), r.get(NEED.MOVE_IN_LATEST),
                r.get(NEED.HOME_PROVINCE_CODE), r.get(PROPOSAL.CAMPUS_ID), r.get(CAMPUS.NAME), r.get(PROPOSAL.START_MONTH),
                r.get(PROPOSAL.TERM_MONTHS), r.get(PROPOSAL.STATUS), r.get(PROPOSAL.STATUS_REASON),
                units == null ? List.of() : Arrays.asList(units), r.get(PROPOSAL.EXPLANATION).data(),
                r.get(PROPOSAL.CREATED_AT), r.get(PROPOSAL.DECIDED_AT), r.get(PROPOSAL.CONFIRMED_AT));
    }
}
