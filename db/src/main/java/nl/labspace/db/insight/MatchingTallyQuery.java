package nl.labspace.db.insight;

import static nl.labspace.db.generated.Tables.CAMPUS;
import static nl.labspace.db.generated.Tables.NEED;
import static nl.labspace.db.generated.Tables.PROPOSAL;
import static nl.labspace.db.generated.Tables.PROPOSAL_UNIT;
import static nl.labspace.db.generated.Tables.UNIT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;

import java.time.LocalDate;
import java.util.List;

import nl.labspace.db.listing.Supply;
import nl.labspace.db.market.MarketDay;
import nl.labspace.db.market.NeedStatus;
import nl.labspace.db.market.ProposalStatus;
import nl.labspace.db.market.UnitStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/**
 * What matching did with demand, per home region of the needs, in the needs' lab + office m². A run writes one
 * proposal per need it covered and supersedes that need's earlier open or unmatched one, so the live (not superseded)
 * proposals are those of the latest run that covered each need: open ones are matched, unmatched ones unmet (with the
 * binding reason the run stored), accepted ones await their campus, confirmed ones became leases (by month of
 * confirmation). Pre-let space is the other side: planned units held by accepted or confirmed proposals, per region
 * of their campus, in the units' m².
 */
public final class MatchingTallyQuery {

    private final DSLContext dsl;

    public MatchingTallyQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Open needs with a live proposal of this status (open: matched; accepted); facet all. */
    public List<Tally> proposed(String period, ProposalStatus status) {
        return Tallies.of(dsl.select(NEED.COMPANY_ID, NEED.HOME_PROVINCE_CODE, Nesting.COROP.CODE, NEED.HOME_ROM_CODE,
                        count(), sum(NEED.LAB_M2), sum(NEED.OFFICE_M2))
                .from(PROPOSAL).join(NEED).on(NEED.ID.eq(PROPOSAL.NEED_ID))
                .leftJoin(Nesting.COROP).on(Nesting.coropIn(NEED.HOME_COROP_CODE, NEED.HOME_PROVINCE_CODE))
                .where(PROPOSAL.STATUS.eq(status.code()), NEED.STATUS.eq(NeedStatus.OPEN.code()))
                .groupBy(NEED.COMPANY_ID, NEED.HOME_PROVINCE_CODE, Nesting.COROP.CODE, NEED.HOME_ROM_CODE)
                .fetch(r -> new Fact(r.value1(), r.value2(), r.value3(), r.value4(), List.of(period), List.of(CellKey.ALL),
                        r.value5(), r.value6().longValue(), r.value7().longValue())));
    }

    /**
     * Open needs no finished run has a live proposal for (posted since, or their proposal declined or void); facet
     * all. With matched, accepted and unmet m² they make up all open demand, a relation the cube declares.
     */
    public List<Tally> awaitingRun(String period) {
        Condition live = PROPOSAL.STATUS.in(ProposalStatus.OPEN.code(), ProposalStatus.ACCEPTED.code(),
                ProposalStatus.UNMATCHED.code());
        return Tallies.of(dsl.select(NEED.COMPANY_ID, NEED.HOME_PROVINCE_CODE, Nesting.COROP.CODE, NEED.HOME_ROM_CODE,
                        count(), sum(NEED.LAB_M2), sum(NEED.OFFICE_M2))
                .from(NEED)
                .leftJoin(Nesting.COROP).on(Nesting.coropIn(NEED.HOME_COROP_CODE, NEED.HOME_PROVINCE_CODE))
                .where(NEED.STATUS.eq(NeedStatus.OPEN.code()),
                        notExists(selectOne().from(PROPOSAL).where(PROPOSAL.NEED_ID.eq(NEED.ID), live)))
                .groupBy(NEED.COMPANY_ID, NEED.HOME_PROVINCE_CODE, Nesting.COROP.CODE, NEED.HOME_ROM_CODE)
                .fetch(r -> new Fact(r.value1(), r.value2(), r.value3(), r.value4(), List.of(period), List.of(CellKey.ALL),
                        r.value5(), r.value6().longValue(), r.value7().longValue())));
    }

    /** Open needs the latest run covering them left unmatched; facets all and reason:*. */
    public List<Tally> unmet(String period) {
        Field<String> reason = UnmetReason.of(PROPOSAL.EXPLANATION);
        return Tallies.of(dsl.select(NEED.COMPANY_ID, NEED.HOME_PROVINCE_CODE, Nesting.COROP.CODE, NEED.HOME_ROM_CODE,
                        reason, count(), sum(NEED.LAB_M2), sum(NEED.OFFICE_M2))
                .from(PROPOSAL).join(NEED).on(NEED.ID.eq(PROPOSAL.NEED_ID))
                .leftJoin(Nesting.COROP).on(Nesting.coropIn(NEED.HOME_COROP_CODE, NEED.HOME_PROVINCE_CODE))
                .where(PROPOSAL.STATUS.eq(ProposalStatus.UNMATCHED.code()), NEED.STATUS.eq(NeedStatus.OPEN.code()))
                .groupBy(NEED.COMPANY_ID, NEED.HOME_PROVINCE_CODE, Nesting.COROP.CODE, NEED.HOME_ROM_CODE, reason)
                .fetch(r -> new Fact(r.value1(), r.value2(), r.value3(), r.value4(), List.of(period),
                        List.of(CellKey.ALL, Facets.of(Facets.REASON, r.value5())),
                        r.value6(), r.value7().longValue(), r.value8().longValue())));
    }

    /** Needs leased through Labspace, per month and quarter of confirmation (Dutch time); facet all. */
    public List<Tally> leased() {
        Field<LocalDate> day = field("date_trunc('month', {0} AT TIME ZONE {1})::date", SQLDataType.LOCALDATE,
                PROPOSAL.CONFIRMED_AT, inline(MarketDay.ZONE));
        Field<String> month = Facets.month(day);
        Field<String> quarter = Facets.quarter(day);
        return Tallies.of(dsl.select(NEED.COMPANY_ID, NEED.HOME_PROVINCE_CODE, Nesting.COROP.CODE, NEED.HOME_ROM_CODE,
                        month, quarter, count(), sum(NEED.LAB_M2), sum(NEED.OFFICE_M2))
                .from(PROPOSAL).join(NEED).on(NEED.ID.eq(PROPOSAL.NEED_ID))
                .leftJoin(Nesting.COROP).on(Nesting.coropIn(NEED.HOME_COROP_CODE, NEED.HOME_PROVINCE_CODE))
                .where(PROPOSAL.STATUS.eq(ProposalStatus.CONFIRMED.code()), PROPOSAL.CONFIRMED_AT.isNotNull())
                .groupBy(NEED.COMPANY_ID, NEED.HOME_PROVINCE_CODE, Nesting.COROP.CODE, NEED.HOME_ROM_CODE, month, quarter)
                .fetch(r -> new Fact(r.value1(), r.value2(), r.value3(), r.value4(), List.of(r.value5(), r.value6()),
                        List.of(CellKey.ALL), r.value7(), r.value8().longValue(), r.value9().longValue())));
    }

    /** Fresh planned units held by accepted or confirmed proposals, per region of their campus; facet all. */
    public List<Tally> prelet(String period, LocalDate confirmedSince) {
        return Tallies.of(dsl.select(NEED.COMPANY_ID, CAMPUS.PROVINCE_CODE, Nesting.COROP.CODE, CAMPUS.ROM_CODE,
                        count(), sum(UNIT.LAB_M2), sum(UNIT.OFFICE_M2))
                .from(PROPOSAL).join(NEED).on(NEED.ID.eq(PROPOSAL.NEED_ID))
                .join(PROPOSAL_UNIT).on(PROPOSAL_UNIT.PROPOSAL_ID.eq(PROPOSAL.ID))
                .join(UNIT).on(UNIT.ID.eq(PROPOSAL_UNIT.UNIT_ID)).join(CAMPUS).on(CAMPUS.ID.eq(UNIT.CAMPUS_ID))
                .leftJoin(Nesting.COROP).on(Nesting.coropIn(CAMPUS.COROP_CODE, CAMPUS.PROVINCE_CODE))
                .where(PROPOSAL.STATUS.in(ProposalStatus.ACCEPTED.code(), ProposalStatus.CONFIRMED.code()),
                        UNIT.STATUS.eq(UnitStatus.PLANNED.code()), Supply.fresh(confirmedSince))
                .groupBy(NEED.COMPANY_ID, CAMPUS.PROVINCE_CODE, Nesting.COROP.CODE, CAMPUS.ROM_CODE)
                .fetch(r -> new Fact(r.value1(), r.value2(), r.value3(), r.value4(), List.of(period), List.of(CellKey.ALL),
                        r.value5(), r.value6().longValue(), r.value7().longValue())));
    }
}
