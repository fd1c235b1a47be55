package nl.labspace.db.insight;

import static nl.labspace.db.generated.Tables.CAMPUS;
import static nl.labspace.db.generated.Tables.LEASE;
import static nl.labspace.db.generated.Tables.NEED;
import static nl.labspace.db.generated.Tables.PROPOSAL;
import static nl.labspace.db.generated.Tables.UNIT;
import static org.jooq.impl.DSL.inline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.labspace.db.market.NeedStatus;
import nl.labspace.db.market.ProposalStatus;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record9;
import org.jooq.Select;
import org.jooq.SelectConditionStep;
import org.jooq.Table;

/**
 * Where demand goes, one row per need and stage: proposed (an open proposal, which the latest finished run that
 * covered the need wrote, earlier ones being superseded), accepted (waiting for the campus), or leased (a lease of a
 * marketplace need running in or after the month, on the campus of its first unit). A need counts with the m² it asks.
 */
public final class FlowQuery {

    private final DSLContext dsl;

    public FlowQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every need proposed, accepted or leased from month (its first day) on. */
    public List<FlowRow> rows(LocalDate month) {
        return proposals(FlowStage.PROPOSED, ProposalStatus.OPEN)
                .unionAll(proposals(FlowStage.ACCEPTED, ProposalStatus.ACCEPTED))
                .unionAll(leases(month))
                .fetch(r -> new FlowRow(FlowStage.of(r.value1()).orElseThrow(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), r.value9()));
    }

    private SelectConditionStep<Record9<String, UUID, Long, String, String, String, String, String, String>>
            proposals(FlowStage stage, ProposalStatus status) {
        return dsl.select(inline(stage.code()), NEED.COMPANY_ID, area(), NEED.HOME_PROVINCE_CODE, NEED.HOME_COROP_CODE,
                        NEED.HOME_ROM_CODE, CAMPUS.PROVINCE_CODE, CAMPUS.COROP_CODE, CAMPUS.ROM_CODE)
                .from(PROPOSAL).join(NEED).on(NEED.ID.eq(PROPOSAL.NEED_ID)).join(CAMPUS).on(CAMPUS.ID.eq(PROPOSAL.CAMPUS_ID))
                .where(PROPOSAL.STATUS.eq(status.code()), NEED.STATUS.eq(NeedStatus.OPEN.code()));
    }

    /** A need leased on several units counts once, on the campus of the lease that starts first. */
    private Select<Record9<String, UUID, Long, String, String, String, String, String, String>> leases(LocalDate month) {
        Table<?> first = dsl.selectDistinct(NEED.COMPANY_ID, area().as("m2"), NEED.HOME_PROVINCE_CODE,
                        NEED.HOME_COROP_CODE, NEED.HOME_ROM_CODE, CAMPUS.PROVINCE_CODE, CAMPUS.COROP_CODE, CAMPUS.ROM_CODE)
                .on(LEASE.NEED_ID)
                .from(LEASE).join(NEED).on(NEED.ID.eq(LEASE.NEED_ID)).join(UNIT).on(UNIT.ID.eq(LEASE.UNIT_ID))
                .join(CAMPUS).on(CAMPUS.ID.eq(UNIT.CAMPUS_ID))
                .where(LEASE.LAST_MONTH.ge(month))
                .orderBy(LEASE.NEED_ID, LEASE.FIRST_MONTH, UNIT.CAMPUS_ID)
                .asTable("leased");
        return dsl.select(inline(FlowStage.LEASED.code()), first.field(NEED.COMPANY_ID), first.field("m2", Long.class),
                        first.field(NEED.HOME_PROVINCE_CODE), first.field(NEED.HOME_COROP_CODE), first.field(NEED.HOME_ROM_CODE),
                        first.field(CAMPUS.PROVINCE_CODE), first.field(CAMPUS.COROP_CODE), first.field(CAMPUS.ROM_CODE))
                .from(first);
    }

    private static Field<Long> area() {
        return NEED.LAB_M2.plus(NEED.OFFICE_M2).cast(Long.class);
    }
}
