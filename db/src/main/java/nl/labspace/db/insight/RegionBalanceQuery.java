package nl.labspace.db.insight;

import static nl.labspace.db.generated.Tables.CAMPUS;
import static nl.labspace.db.generated.Tables.NEED;
import static nl.labspace.db.generated.Tables.REGION;
import static nl.labspace.db.generated.Tables.UNIT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.labspace.db.listing.Supply;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * Supply and open demand per region of one kind (province, COROP region, ROM area). Supply counts fresh units
 * only (confirmed on or after confirmedSince), as space search shows them.
 */
public final class RegionBalanceQuery {

    private static final Map<String, Field<String>> CAMPUS_REGION = Map.of(
            "province", CAMPUS.PROVINCE_CODE, "corop", CAMPUS.COROP_CODE, "rom", CAMPUS.ROM_CODE);
    private static final Map<String, Field<String>> NEED_REGION = Map.of(
            "province", NEED.HOME_PROVINCE_CODE, "corop", NEED.HOME_COROP_CODE, "rom", NEED.HOME_ROM_CODE);

    private final DSLContext dsl;

    public RegionBalanceQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<RegionBalanceRow> ofKind(String kind, LocalDate confirmedSince) {
        return balances(kind, noCondition(), confirmedSince);
    }

    /** One region of any kind, or empty when the code is unknown. */
    public Optional<RegionBalanceRow> one(String code, LocalDate confirmedSince) {
        return dsl.select(REGION.KIND).from(REGION).where(REGION.CODE.eq(code)).fetchOptional(REGION.KIND)
                .flatMap(kind -> balances(kind, REGION.CODE.eq(code), confirmedSince).stream().findFirst());
    }

    private List<RegionBalanceRow> balances(String kind, Condition which, LocalDate confirmedSince) {
        Field<String> campusRegion = CAMPUS_REGION.get(kind);
        Field<String> needRegion = NEED_REGION.get(kind);
        if (campusRegion == null) {
            throw new IllegalArgumentException("region kind must be province, corop or rom, was '%s'".formatted(kind));
        }
        Condition inRegion = campusRegion.eq(REGION.CODE).and(Supply.fresh(confirmedSince));
        return dsl.select(REGION.CODE, REGION.KIND, REGION.NAME, REGION.PROVINCE_CODE, REGION.ROM_CODE,
                        unitCount(inRegion, "available"), unitSum(UNIT.LAB_M2, inRegion, "available"),
                        unitSum(UNIT.OFFICE_M2, inRegion, "available"), unitCount(inRegion, "planned"),
                        unitSum(UNIT.LAB_M2, inRegion, "planned"),
                        field(select(count()).from(NEED).where(needRegion.eq(REGION.CODE), NEED.STATUS.eq("open"))),
                        needSum(NEED.LAB_M2, needRegion), needSum(NEED.OFFICE_M2, needRegion))
                .from(REGION).where(REGION.KIND.eq(kind), which).orderBy(REGION.CODE)
                .fetch(RegionBalanceQuery::row);
    }

    private static Field<Integer> unitCount(Condition inRegion, String status) {
        return field(select(count()).from(UNIT).join(CAMPUS).on(CAMPUS.ID.eq(UNIT.CAMPUS_ID))
                .where(inRegion, UNIT.STATUS.eq(status)));
    }

    private static Field<BigDecimal> unitSum(Field<Integer> area, Condition inRegion, String status) {
        return coalesce(field(select(sum(area)).from(UNIT).join(CAMPUS).on(CAMPUS.ID.eq(UNIT.CAMPUS_ID))
                .where(inRegion, UNIT.STATUS.eq(status))), val(BigDecimal.ZERO));
    }

    private static Field<BigDecimal> needSum(Field<Integer> area, Field<String> needRegion) {
        return coalesce(field(select(sum(area)).from(NEED).where(needRegion.eq(REGION.CODE), NEED.STATUS.eq("open"))),
                val(BigDecimal.ZERO));
    }

    private static RegionBalanceRow row(Record r) {
        return new RegionBalanceRow(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
                r.get(3, String.class), r.get(4, String.class), r.get(5, Integer.class), r.get(6, Long.class),
                r.get(7, Long.class), r.get(8, Integer.class), r.get(9, Long.class), r.get(10, Integer.class),
                r.get(11, Long.class), r.get(12, Long.class));
    }
}
