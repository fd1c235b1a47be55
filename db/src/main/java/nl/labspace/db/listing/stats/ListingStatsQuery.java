package nl.labspace.db.listing.stats;

import static nl.labspace.db.generated.Tables.LISTING_EVENT_DAY;
import static nl.labspace.db.generated.Tables.PROPOSAL;
import static nl.labspace.db.generated.Tables.PROPOSAL_UNIT;
import static nl.labspace.db.generated.Tables.UNIT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import nl.labspace.db.market.MarketDay;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/**
 * A campus's listing statistics per unit and month, for months [first, endExclusive) given by their first days:
 * the counted events (listing_event_day) and the proposals that name each unit (proposal_unit, by the Dutch month
 * the run wrote them, whatever their status since). Months and units without any count are absent.
 */
public final class ListingStatsQuery {

    private static final ZoneId MARKET_ZONE = ZoneId.of(MarketDay.ZONE);

    private final DSLContext dsl;

    public ListingStatsQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<UnitMonthCount> events(String campusId, LocalDate first, LocalDate endExclusive) {
        Field<LocalDate> month = field("date_trunc('month', {0})::date", SQLDataType.LOCALDATE, LISTING_EVENT_DAY.DAY);
        return dsl.select(LISTING_EVENT_DAY.UNIT_ID, month, LISTING_EVENT_DAY.KIND,
                        sum(LISTING_EVENT_DAY.EVENTS).cast(SQLDataType.BIGINT))
                .from(LISTING_EVENT_DAY).join(UNIT).on(UNIT.ID.eq(LISTING_EVENT_DAY.UNIT_ID))
                .where(UNIT.CAMPUS_ID.eq(campusId))
                .and(LISTING_EVENT_DAY.DAY.ge(first)).and(LISTING_EVENT_DAY.DAY.lt(endExclusive))
                .groupBy(LISTING_EVENT_DAY.UNIT_ID, month, LISTING_EVENT_DAY.KIND)
                .fetch(mapping(UnitMonthCount::new));
    }

    public List<UnitMonthCount> proposals(String campusId, LocalDate first, LocalDate endExclusive) {
        Field<LocalDate> month = field("date_trunc('month', {0} AT TIME ZONE '" + MarketDay.ZONE + "')::date",
                SQLDataType.LOCALDATE, PROPOSAL.CREATED_AT);
        return dsl.select(PROPOSAL_UNIT.UNIT_ID, month, inline(UnitMonthCount.PROPOSAL), count().cast(SQLDataType.BIGINT))
                .from(PROPOSAL_UNIT).join(PROPOSAL).on(PROPOSAL.ID.eq(PROPOSAL_UNIT.PROPOSAL_ID))
                .join(UNIT).on(UNIT.ID.eq(PROPOSAL_UNIT.UNIT_ID))
                .where(UNIT.CAMPUS_ID.eq(campusId))
                .and(PROPOSAL.CREATED_AT.ge(first.atStartOfDay(MARKET_ZONE).toOffsetDateTime()))
                .and(PROPOSAL.CREATED_AT.lt(endExclusive.atStartOfDay(MARKET_ZONE).toOffsetDateTime()))
                .groupBy(PROPOSAL_UNIT.UNIT_ID, month)
                .fetch(mapping(UnitMonthCount::new));
    }
}
