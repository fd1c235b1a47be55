package nl.labspace.db.search;

import static nl.labspace.db.generated.Tables.NEED;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.labspace.db.Gis;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.SQLDataType;

/** Open needs matching a demand search. Reads the need table only: the company is never joined. */
public final class DemandSearchQuery {

    private static final Field<Integer> CONTAINMENT_RANK = field("containment_rank({0})", SQLDataType.INTEGER, NEED.CONTAINMENT);
    private static final Field<Integer> GMP_RANK = field("gmp_rank({0})", SQLDataType.INTEGER, NEED.GMP);
    private static final Map<String, Field<String>> REGION_COLUMN = Map.of(
            "province", NEED.HOME_PROVINCE_CODE, "corop", NEED.HOME_COROP_CODE, "rom", NEED.HOME_ROM_CODE);

    private final DSLContext dsl;

    public DemandSearchQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<DemandHitRow> page(DemandFilter filter, DemandSort sort, int offset, int limit) {
        Field<Double> distance = distance(filter.near());
        return dsl.select(NEED.ID, NEED.CONFIDENTIAL, NEED.TITLE, NEED.SECTOR, NEED.LAB_M2, NEED.OFFICE_M2,
                        NEED.CONTAINMENT, NEED.GMP, Gis.textArray(NEED.FEATURES).convertFrom(Arrays::asList),
                        NEED.MOVE_IN_EARLIEST, NEED.MOVE_IN_LATEST, NEED.TERM_MONTHS, NEED.HOME_PROVINCE_CODE,
                        NEED.HOME_COROP_CODE, NEED.HOME_ROM_CODE, Gis.lat(NEED.NEAR_LOCATION), Gis.lon(NEED.NEAR_LOCATION),
                        distance)
                .from(NEED)
                .where(matches(filter))
                .orderBy(order(sort, distance))
                .limit(limit).offset(offset)
                .fetch(mapping(DemandHitRow::new));
    }

    /** The number of matches, counted no further than upTo. */
    public int count(DemandFilter filter, int upTo) {
        return dsl.selectCount().from(selectOne().from(NEED).where(matches(filter)).limit(upTo)).fetchSingle(0, int.class);
    }

    private static Field<Double> distance(Circle near) {
        return near == null ? castNull(SQLDataType.DOUBLE)
                : Gis.distanceMetres(NEED.NEAR_LOCATION, Gis.point(near.lon(), near.lat()));
    }

    private static List<SortField<?>> order(DemandSort sort, Field<Double> distance) {
        return switch (sort) {
            case MOVE_IN -> List.of(NEED.MOVE_IN_EARLIEST.asc(), NEED.ID.asc());
            case SIZE -> List.of(NEED.LAB_M2.desc(), NEED.ID.asc());
            // Needs without a point have no distance; they come last.
            case DISTANCE -> List.of(distance.asc().nullsLast(), NEED.ID.asc());
        };
    }

    private static Condition matches(DemandFilter f) {
        // A literal, not a bind, so the partial indexes (WHERE status = 'open') match in prepared, generic plans too.
        return NEED.STATUS.eq(inline("open"))
                .and(f.followedRegions() == null ? noCondition() : NEED.HOME_PROVINCE_CODE.in(f.followedRegions())
                        .or(NEED.HOME_COROP_CODE.in(f.followedRegions())).or(NEED.HOME_ROM_CODE.in(f.followedRegions())))
                .and(f.region() == null ? noCondition() : REGION_COLUMN.get(f.region().kind()).eq(f.region().code()))
                .and(f.near() == null || f.near().km() == null ? noCondition()
                        : Gis.withinMetres(NEED.NEAR_LOCATION, Gis.point(f.near().lon(), f.near().lat()), f.near().km() * 1000))
                .and(f.minContainmentRank() == 0 ? noCondition() : CONTAINMENT_RANK.ge(f.minContainmentRank()))
                .and(f.minGmpRank() == 0 ? noCondition() : GMP_RANK.ge(f.minGmpRank()))
                .and(f.minLabM2() == null ? noCondition() : NEED.LAB_M2.ge(f.minLabM2()))
                .and(f.moveInTo() == null ? noCondition() : NEED.MOVE_IN_EARLIEST.le(f.moveInTo()))
                .and(f.moveInFrom() == null ? noCondition() : NEED.MOVE_IN_LATEST.ge(f.moveInFrom()))
                // A confidential need shows no sector, so a sector filter must not reveal it by letting it match.
                .and(f.sector() == null ? noCondition() : NEED.SECTOR.eq(f.sector()).and(NEED.CONFIDENTIAL.isFalse()));
    }
}
