package nl.labspace.db.search;

import static nl.labspace.db.generated.Tables.NEED;
import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.labspace.db.Gis;
import nl.labspace.db.market.NeedStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.SortField;
import org.jooq.impl.SQLDataType;

/** Open needs matching a demand search. Reads the need table only: the company is never joined. */
public final class DemandSearchQuery {

    private static final Field<Integer> CONTAINMENT_RANK = field("containment_rank({0})", SQLDataType.INTEGER, NEED.CONTAINMENT);
    private static final Field<Integer> GMP_RANK = field("gmp_rank({0})", SQLDataType.INTEGER, NEED.GMP);
    private static final Map<String, Field<String>> REGION_COLUMN = Map.of(
            "province", NEED.HOME_PROVINCE_CODE, "corop", NEED.HOME_COROP_CODE, "rom", NEED.HOME_ROM_CODE);

    private static final String METRES = "distance_metres";
    private static final String[] COLUMN_NAMES = {"id", "confidential", "title", "sector", "lab_m2", "office_m2",
            "containment", "gmp", "features", "move_in_earliest", "move_in_latest", "term_months", "province", "corop",
            "rom", "lat", "lon", METRES};
    private static final double SPHERE_SLACK = 1.02;

    private final DSLContext dsl;

    public DemandSearchQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<DemandHitRow> page(DemandFilter filter, DemandSort sort, int offset, int limit) {
        if (sort == DemandSort.DISTANCE && filter.near() != null) {
            return nearestFirst(filter, offset, limit);
        }
        Field<Double> distance = distance(filter.near());
        return dsl.select(columns(distance))
                .from(NEED)
                .where(matches(filter))
                .orderBy(order(sort, distance))
                .limit(limit).offset(offset)
                .fetch(DemandSearchQuery::hit);
    }

    /**
     * Every match among the needs a condition on NEED picks (a saved demand search's alert: the needs posted or
     * changed since its last one), in the search's order, without a page limit: the same conditions as the search.
     */
    public List<DemandHitRow> among(DemandFilter filter, DemandSort sort, Condition needs) {
        Field<Double> distance = distance(filter.near());
        return dsl.select(columns(distance))
                .from(NEED)
                .where(matches(filter), needs)
                .orderBy(order(sort, distance))
                .fetch(DemandSearchQuery::hit);
    }

    /**
     * Sorted by geodesic distance without measuring every need in range (about 2,000 within 25 km of Leiden took
     * 9 ms): the GiST index hands out needs nearest-first by sphere distance ({@code <->}), and only those that can
     * reach the page are measured on the spheroid. Sphere and spheroid distances differ by under 0.6 % anywhere,
     * so every need of the page lies within SPHERE_SLACK times the sphere distance of the (offset+limit)-th
     * nearest. Needs without a point come last, by id, as in the plain query.
     */
    private List<DemandHitRow> nearestFirst(DemandFilter filter, int offset, int limit) {
        Field<Object> point = Gis.point(filter.near().lon(), filter.near().lat());
        Field<Double> sphere = field(name("nearest", "sphere"), SQLDataType.DOUBLE);
        Field<Double> reach = field(select(max(sphere).times(inline(SPHERE_SLACK))).from(name("nearest")));
        Select<Record> located = select(columns(Gis.distanceMetres(NEED.NEAR_LOCATION, point)))
                .from(NEED)
                .where(matches(filter), Gis.withinMetresOnSphere(NEED.NEAR_LOCATION, point, reach));
        // With a radius every match has a point; without one, the first pointless needs may fill the page.
        Table<?> candidates = (filter.near().km() != null ? located
                : located.unionAll(select(columns(castNull(SQLDataType.DOUBLE))).from(NEED)
                        .where(matches(filter), NEED.NEAR_LOCATION.isNull())
                        .orderBy(NEED.ID).limit(offset + limit)))
                .asTable("candidate", COLUMN_NAMES);
        return dsl.with(name("nearest").fields("sphere").asMaterialized(
                        select(Gis.sphereDistance(NEED.NEAR_LOCATION, point)).from(NEED)
                                .where(matches(filter), NEED.NEAR_LOCATION.isNotNull())
                                .orderBy(Gis.sphereDistance(NEED.NEAR_LOCATION, point))
                                .limit(offset + limit)))
                .select(candidates.fields())
                .from(candidates)
                .orderBy(candidates.field(METRES).asc().nullsLast(), candidates.field("id").asc())
                .limit(limit).offset(offset)
                .fetch(DemandSearchQuery::hit);
    }

    private static List<Field<?>> columns(Field<Double> distance) {
        return List.of(NEED.ID, NEED.CONFIDENTIAL, NEED.TITLE, NEED.SECTOR, NEED.LAB_M2, NEED.OFFICE_M2,
                NEED.CONTAINMENT, NEED.GMP, Gis.textArray(NEED.FEATURES), NEED.MOVE_IN_EARLIEST, NEED.MOVE_IN_LATEST,
                NEED.TERM_MONTHS, NEED.HOME_PROVINCE_CODE, NEED.HOME_COROP_CODE, NEED.HOME_ROM_CODE,
                Gis.lat(NEED.NEAR_LOCATION), Gis.lon(NEED.NEAR_LOCATION), distance);
    }

    // By position, in the order of columns(): the nearest-first query reads them from a derived table.
    private static DemandHitRow hit(Record r) {
        return new DemandHitRow(r.get(0, UUID.class), r.get(1, Boolean.class), r.get(2, String.class),
                r.get(3, String.class), r.get(4, Integer.class), r.get(5, Integer.class), r.get(6, String.class),
                r.get(7, String.class), Arrays.asList(r.get(8, String[].class)), r.get(9, LocalDate.class),
                r.get(10, LocalDate.class), r.get(11, Integer.class), r.get(12, String.class), r.get(13, String.class),
                r.get(14, String.class), r.get(15, Double.class), r.get(16, Double.class), r.get(17, Double.class));
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
        return NEED.STATUS.eq(inline(NeedStatus.OPEN.code()))
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
