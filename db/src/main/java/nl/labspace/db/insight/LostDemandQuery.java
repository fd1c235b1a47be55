package nl.labspace.db.insight;

import static nl.labspace.db.generated.Tables.NEED;
import static nl.labspace.db.insight.Tallies.as;
import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.unnest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import nl.labspace.db.market.MarketDay;
import nl.labspace.db.market.NeedStatus;
import nl.labspace.db.market.WithdrawReason;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * Lost demand per home region, per month and per quarter of withdrawal (Dutch time), with the reason as a facet
 * (reason:went-abroad and the other WithdrawReason words). A need withdrawn without a reason, or before reasons were
 * asked, is lost (unknown); one that found space through Labspace is not.
 */
public final class LostDemandQuery {

    private static final Field<String> FACET = field(name("f", Tallies.FACET), SQLDataType.VARCHAR);
    private static final Field<String> PERIOD = field(name("p", Tallies.PERIOD), SQLDataType.VARCHAR);

    private final DSLContext dsl;

    public LostDemandQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Tally> tallies() {
        Field<OffsetDateTime> at = coalesce(NEED.WITHDRAWN_AT, NEED.UPDATED_AT);
        Field<LocalDate> month = field("date_trunc('month', {0} AT TIME ZONE {1})::date", SQLDataType.LOCALDATE, at,
                inline(MarketDay.ZONE));
        Field<String> reason = coalesce(NEED.WITHDRAW_REASON, inline(WithdrawReason.UNKNOWN.code()));
        Table<?> periods = unnest(array(Facets.month(month), Facets.quarter(month))).as("p", Tallies.PERIOD);
        Table<?> facets = unnest(array(Facets.all(), Facets.facet(Facets.REASON, reason))).as("f", Tallies.FACET);
        return Tallies.of(dsl, dsl.select(as(NEED.COMPANY_ID, Tallies.COMPANY), as(NEED.HOME_PROVINCE_CODE, Tallies.PROVINCE),
                        as(NEED.HOME_COROP_CODE, Tallies.COROP), as(NEED.HOME_ROM_CODE, Tallies.ROM), as(PERIOD, Tallies.PERIOD),
                        as(FACET, Tallies.FACET), as(NEED.LAB_M2, Tallies.LAB), as(NEED.OFFICE_M2, Tallies.OFFICE))
                .from(NEED).crossJoin(periods).crossJoin(facets)
                .where(NEED.STATUS.eq(NeedStatus.WITHDRAWN.code()),
                        reason.ne(WithdrawReason.FOUND_VIA_LABSPACE.code())));
    }
}
