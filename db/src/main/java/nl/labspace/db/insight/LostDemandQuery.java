package nl.labspace.db.insight;

import static nl.labspace.db.generated.Tables.NEED;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import nl.labspace.db.market.MarketDay;
import nl.labspace.db.market.NeedStatus;
import nl.labspace.db.market.WithdrawReason;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/**
 * Lost demand per home region, per month and per quarter of withdrawal (Dutch time), with the reason as a facet
 * (reason:went-abroad and the other WithdrawReason words). A need withdrawn without a reason, or before reasons were
 * asked, is lost (unknown); one that found space through Labspace is not.
 */
public final class LostDemandQuery {

    private final DSLContext dsl;

    public LostDemandQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Tally> tallies() {
        Field<OffsetDateTime> at = coalesce(NEED.WITHDRAWN_AT, NEED.UPDATED_AT);
        Field<LocalDate> day = field("date_trunc('month', {0} AT TIME ZONE {1})::date", SQLDataType.LOCALDATE, at,
                inline(MarketDay.ZONE));
        Field<String> month = Facets.month(day);
        Field<String> quarter = Facets.quarter(day);
        Field<String> reason = coalesce(NEED.WITHDRAW_REASON, inline(WithdrawReason.UNKNOWN.code()));
        return Tallies.of(dsl.select(NEED.COMPANY_ID, NEED.HOME_PROVINCE_CODE, Nesting.COROP.CODE, NEED.HOME_ROM_CODE,
                        month, quarter, reason, count(), sum(NEED.LAB_M2), sum(NEED.OFFICE_M2))
                .from(NEED).leftJoin(Nesting.COROP).on(Nesting.coropIn(NEED.HOME_COROP_CODE, NEED.HOME_PROVINCE_CODE))
                .where(NEED.STATUS.eq(NeedStatus.WITHDRAWN.code()), reason.ne(WithdrawReason.FOUND_VIA_LABSPACE.code()))
                .groupBy(NEED.COMPANY_ID, NEED.HOME_PROVINCE_CODE, Nesting.COROP.CODE, NEED.HOME_ROM_CODE, month, quarter, reason)
                .fetch(r -> new Fact(r.value1(), r.value2(), r.value3(), r.value4(), List.of(r.value5(), r.value6()),
                        List.of(CellKey.ALL, Facets.of(Facets.REASON, r.value7())),
                        r.value8(), r.value9().longValue(), r.value10().longValue())));
    }
}
