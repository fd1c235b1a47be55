package nl.labspace.db.search;

import static nl.labspace.db.generated.Tables.CAMPUS;
import static nl.labspace.db.generated.Tables.LEASE;
import static nl.labspace.db.generated.Tables.UNIT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.labspace.db.Gis;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.impl.SQLDataType;

/**
 * Published units matching a space search: available (and planned, when the pipeline is asked for), confirmed
 * recently enough, and passing every given filter. A page and the total are two queries over the same conditions.
 */
public final class SpaceSearchQuery {

    // The ladders live in SQL (V1: containment_rank, gmp_rank), so SQL and Java can never disagree on them.
    static final Field<Integer> CONTAINMENT_RANK = field("containment_rank({0})", SQLDataType.INTEGER, UNIT.CONTAINMENT);
    static final Field<Integer> GMP_RANK = field("gmp_rank({0})", SQLDataType.INTEGER, UNIT.GMP);
    private static final Map<String, Field<String>> REGION_COLUMN = Map.of(
            "province", CAMPUS.PROVINCE_CODE, "corop", CAMPUS.COROP_CODE, "rom", CAMPUS.ROM_CODE);

    private final DSLContext dsl;

    public SpaceSearchQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<SpaceHitRow> page(SpaceFilter filter, SpaceSort sort, int offset, int limit) {
        Field<Double> distance = distance(filter.near());
        return dsl.select(unit(), campus(), distance)
                .from(UNIT).join(CAMPUS).on(CAMPUS.ID.eq(UNIT.CAMPUS_ID))
                .where(matches(filter))
                .orderBy(order(sort, distance))
                .limit(limit).offset(offset)
                .fetch(mapping(SpaceHitRow::new));
    }

    public int count(SpaceFilter filter) {
        return dsl.selectCount()
                .from(UNIT).join(CAMPUS).on(CAMPUS.ID.eq(UNIT.CAMPUS_ID))
                .where(matches(filter))
                .fetchSingle(0, int.class);
    }

    private static SelectField<UnitPart> unit() {
        return row(UNIT.ID, UNIT.NAME, UNIT.LAB_M2, UNIT.OFFICE_M2, UNIT.CONTAINMENT, UNIT.GMP,
                Gis.textArray(UNIT.FEATURES).convertFrom(Arrays::asList), UNIT.AVAILABLE_FROM, UNIT.AVAILABLE_UNTIL,
                UNIT.RENT_PER_M2_YEAR, UNIT.MIN_TERM_MONTHS, UNIT.MAX_TERM_MONTHS, UNIT.STATUS, UNIT.DELIVERY_MONTH,
                UNIT.LAST_CONFIRMED).mapping(UnitPart::new);
    }

    private static SelectField<CampusPart> campus() {
        return row(CAMPUS.ID, CAMPUS.NAME, CAMPUS.CITY, Gis.lat(CAMPUS.LOCATION), Gis.lon(CAMPUS.LOCATION),
                CAMPUS.PROVINCE_CODE, CAMPUS.COROP_CODE, CAMPUS.ROM_CODE).mapping(CampusPart::new);
    }

    private static Field<Double> distance(Circle near) {
        return near == null ? castNull(SQLDataType.DOUBLE)
                : Gis.distanceMetres(CAMPUS.LOCATION, Gis.point(near.lon(), near.lat()));
    }

    private static List<SortField<?>> order(SpaceSort sort, Field<Double> distance) {
        return switch (sort) {
            case RENT -> List.of(UNIT.RENT_PER_M2_YEAR.asc(), UNIT.LAB_M2.desc(), UNIT.ID.asc());
            case SIZE -> List.of(UNIT.LAB_M2.desc(), UNIT.RENT_PER_M2_YEAR.asc(), UNIT.ID.asc());
            case DISTANCE -> List.of(distance.asc(), UNIT.RENT_PER_M2_YEAR.asc(), UNIT.ID.asc());
        };
    }

    /** A unit leased during that month is not available by then, whatever its listing says. */
    private static Condition notLeasedIn(java.time.LocalDate month) {
        return notExists(selectOne().from(LEASE)
                .where(LEASE.UNIT_ID.eq(UNIT.ID), LEASE.FIRST_MONTH.le(month), LEASE.LAST_MONTH.ge(month)));
    }

    private static Condition matches(SpaceFilter f) {
        // Statuses as literals, not binds: the partial indexes (WHERE status = 'available') then match in the
        // driver's prepared, generic plans too.
        return UNIT.STATUS.in(f.includePipeline() ? List.of(inline("available"), inline("planned")) : List.of(inline("available")))
                .and(UNIT.LAST_CONFIRMED.ge(f.confirmedSince()))
                .and(f.region() == null ? noCondition() : REGION_COLUMN.get(f.region().kind()).eq(f.region().code()))
                .and(f.near() == null || f.near().km() == null ? noCondition()
                        : Gis.withinMetres(CAMPUS.LOCATION, Gis.point(f.near().lon(), f.near().lat()), f.near().km() * 1000))
                .and(f.minContainmentRank() == 0 ? noCondition() : CONTAINMENT_RANK.ge(f.minContainmentRank()))
                .and(f.minGmpRank() == 0 ? noCondition() : GMP_RANK.ge(f.minGmpRank()))
                .and(f.features().isEmpty() ? noCondition()
                        : condition("{0}::text[] @> {1}::text[]", UNIT.FEATURES, val(f.features().toArray(String[]::new))))
                .and(f.minLabM2() == null ? noCondition() : UNIT.LAB_M2.ge(f.minLabM2()))
                .and(f.minOfficeM2() == null ? noCondition() : UNIT.OFFICE_M2.ge(f.minOfficeM2()))
                .and(f.availableBy() == null ? noCondition() : UNIT.AVAILABLE_FROM.le(f.availableBy())
                        .and(UNIT.AVAILABLE_UNTIL.isNull().or(UNIT.AVAILABLE_UNTIL.ge(f.availableBy())))
                        .and(notLeasedIn(f.availableBy())))
                .and(f.maxRent() == null ? noCondition() : UNIT.RENT_PER_M2_YEAR.le(f.maxRent()));
    }
}
