package nl.labspace.db.insight;

import static nl.labspace.db.generated.Tables.CAMPUS;
import static nl.labspace.db.generated.Tables.NEED;
import static nl.labspace.db.generated.Tables.REGION;
import static nl.labspace.db.generated.Tables.UNIT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.labspace.db.listing.Supply;
import nl.labspace.db.market.NeedStatus;
import nl.labspace.db.market.RegionKind;
import nl.labspace.db.market.UnitStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Supply and open demand per region of one kind (province, COROP region, ROM area). Supply counts fresh units
 * only (confirmed on or after confirmedSince), as space search shows them. Demand carries how many distinct
 * companies it comes from, for the disclosure rule (Disclosure).
 */
public final class RegionBalanceQuery {

    private final DSLContext dsl;

    public RegionBalanceQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<RegionBalanceRow> ofKind(RegionKind kind, LocalDate confirmedSince) {
        return balances(kind, noCondition(), confirmedSince);
    }

    /** One region of any kind, or empty when the code is unknown. */
    public Optional<RegionBalanceRow> one(String code, LocalDate confirmedSince) {
        return dsl.select(REGION.KIND).from(REGION).where(REGION.CODE.eq(code)).fetchOptional(REGION.KIND)
                .flatMap(RegionKind::of)
                .flatMap(kind -> balances(kind, REGION.CODE.eq(code), confirmedSince).stream().findFirst());
    }

    private List<RegionBalanceRow> balances(RegionKind kind, Condition which, LocalDate confirmedSince) {
        Field<String> needRegion = kind.needHome();
        Condition inRegion = kind.campusRegion().eq(REGION.CODE).and(Supply.fresh(confirmedSince));
        Condition openHere = needRegion.eq(REGION.CODE).and(NEED.STATUS.eq(NeedStatus.OPEN.code()));
        return dsl.select(REGION.CODE, REGION.KIND, REGION.NAME, REGION.PROVINCE_CODE, REGION.ROM_CODE,
                        unitCount(inRegion, UnitStatus.AVAILABLE), unitSum(UNIT.LAB_M2, inRegion, UnitStatus.AVAILABLE),
                        unitSum(UNIT.OFFICE_M2, inRegion, UnitStatus.AVAILABLE), unitCount(inRegion, UnitStatus.PLANNED),
                        unitSum(UNIT.LAB_M2, inRegion, UnitStatus.PLANNED),
                        field(select(count()).from(NEED).where(openHere)),
                        needSum(NEED.LAB_M2, openHere), needSum(NEED.OFFICE_M2, openHere),
                        field(select(countDistinct(NEED.COMPANY_ID)).from(NEED).where(openHere)))
                .from(REGION).where(REGION.KIND.eq(kind.code()), which).orderBy(REGION.CODE)
                .fetch(RegionBalanceQuery::row);
    }

    private static Field<Integer> unitCount(Condition inRegion, UnitStatus status) {
        return field(select(count()).from(UNIT).join(CAMPUS).on(CAMPUS.ID.eq(UNIT.CAMPUS_ID))
                .where(inRegion, UNIT.STATUS.eq(status.code())));
    }

    private static Field<BigDecimal> unitSum(Field<Integer> area, Condition inRegion, UnitStatus status) {
        return coalesce(field(select(sum(area)).from(UNIT).join(CAMPUS).on(CAMPUS.ID.eq(UNIT.CAMPUS_ID))
                .where(inRegion, UNIT.STATUS.eq(status.code()))), val(BigDecimal.ZERO));
    }

    private static Field<BigDecimal> needSum(Field<Integer> area, Condition openHere) {
        return coalesce(field(select(sum(area)).from(NEED).where(openHere)), val(BigDecimal.ZERO));
    }

    private static RegionBalanceRow row(Record r) {
        return new RegionBalanceRow(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
                r.get(3, String.class), r.get(4, String.class), r.get(5, Integer.class), r.get(6, Long.class),
                r.get(7, Long.class), r.get(8, Integer.class), r.get(9, Long.class), r.get(10, Integer.class),
                r.get(11, Long.class), r.get(12, Long.class), r.get(13, Integer.class));
    }
}
