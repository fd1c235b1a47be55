package nl.labspace.db.insight;

import static nl.labspace.db.generated.Tables.NEED;
import static nl.labspace.db.generated.Tables.REGION;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import nl.labspace.db.market.NeedStatus;
import nl.labspace.db.market.RegionKind;
import nl.labspace.db.market.WithdrawReason;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Lost demand per home region of one kind and per month of withdrawal (months as in the Netherlands). A need
 * withdrawn without a reason, or before reasons were asked, is lost (unknown); one that found space through
 * Labspace is not. Only regions with lost demand in the period have rows.
 */
public final class LostDemandQuery {

    private static final String ZONE = "Europe/Amsterdam";

    private final DSLContext dsl;

    public LostDemandQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Months from the first day of fromMonth up to and including toMonth. */
    public List<LostDemandRow> perMonth(RegionKind kind, LocalDate fromMonth, LocalDate toMonth) {
        Field<OffsetDateTime> at = coalesce(NEED.WITHDRAWN_AT, NEED.UPDATED_AT);
        Field<LocalDate> month = field("date_trunc('month', {0} AT TIME ZONE {1})::date", LocalDate.class, at, inline(ZONE));
        Field<String> reason = coalesce(NEED.WITHDRAW_REASON, inline(WithdrawReason.UNKNOWN.code()));
        Field<Integer> area = NEED.LAB_M2.plus(NEED.OFFICE_M2);
        Field<Integer> abroad = when(reason.eq(WithdrawReason.WENT_ABROAD.code()), area).otherwise(inline(0));
        return dsl.select(REGION.CODE, REGION.KIND, REGION.NAME, REGION.PROVINCE_CODE, REGION.ROM_CODE, month,
                        countDistinct(NEED.COMPANY_ID), count(), sum(NEED.LAB_M2), sum(area), sum(abroad))
                .from(NEED).join(REGION).on(REGION.CODE.eq(kind.needHome()))
                .where(NEED.STATUS.eq(NeedStatus.WITHDRAWN.code()),
                        reason.ne(WithdrawReason.FOUND_VIA_LABSPACE.code()),
                        month.between(fromMonth, toMonth))
                .groupBy(REGION.CODE, REGION.KIND, REGION.NAME, REGION.PROVINCE_CODE, REGION.ROM_CODE, month)
                .orderBy(REGION.CODE, month)
                .fetch(LostDemandQuery::row);
    }

    private static LostDemandRow row(Record r) {
        return new LostDemandRow(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
                r.get(3, String.class), r.get(4, String.class), r.get(5, LocalDate.class), r.get(6, Integer.class),
                r.get(7, Integer.class), r.get(8, Long.class), r.get(9, Long.class), r.get(10, Long.class));
    }
}
