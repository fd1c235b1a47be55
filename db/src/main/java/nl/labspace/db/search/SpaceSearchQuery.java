package nl.labspace.db.search;

import static nl.labspace.db.generated.Tables.CAMPUS;
import static nl.labspace.db.generated.Tables.LEASE;
import static nl.labspace.db.generated.Tables.UNIT;
import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.labspace.db.Gis;
import nl.labspace.db.campus.CampusAddress;
import nl.labspace.db.listing.Supply;
import nl.labspace.db.market.UnitStatus;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.SortField;
import org.jooq.Table;
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

    private static final Field<String[]> FEATURES = Gis.textArray(UNIT.FEATURES);
    private static final Field<String[]> RENT_COVERS = Gis.textArray(UNIT.RENT_COVERS).as("rent_cover_list");
    private static final Field<Double> LAT = Gis.lat(CAMPUS.LOCATION);
    private static final Field<Double> LON = Gis.lon(CAMPUS.LOCATION);
    private static final List<Field<?>> UNIT_COLUMNS = List.of(UNIT.ID, UNIT.NAME, UNIT.LAB_M2, UNIT.OFFICE_M2,
            UNIT.CONTAINMENT, UNIT.GMP, FEATURES, UNIT.AVAILABLE_FROM, UNIT.AVAILABLE_UNTIL, UNIT.RENT_PER_M2_YEAR,
            UNIT.MIN_TERM_MONTHS, UNIT.MAX_TERM_MONTHS, UNIT.STATUS, UNIT.DELIVERY_MONTH, UNIT.LAST_CONFIRMED, RENT_COVERS);
    private static final List<Field<?>> CAMPUS_COLUMNS = List.of(CAMPUS.ID, CAMPUS.NAME, CAMPUS.CITY, LAT, LON,
            CAMPUS.PROVINCE_CODE, CAMPUS.COROP_CODE, CAMPUS.ROM_CODE, CAMPUS.STREET_ADDRESS, CAMPUS.POSTCODE,
            CAMPUS.ADDRESS_TOWN, CAMPUS.ADDRESS_DEMO);

    private static final String PLACE_ID = "campus_id";
    private static final String PLACE_METRES = "metres";
    private static final String METRES = "distance_metres";

    private final DSLContext dsl;

    public SpaceSearchQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Keys first: the page's unit ids are found from the indexes alone (unit_campus_listing_idx holds every
     * filtered and sorted column), then only those rows are read in full. Distances are measured once per campus
     * in range, not once per unit: a 25 km search sorted by distance went from 28 ms to 5 ms.
     */
    public List<SpaceHitRow> page(SpaceFilter filter, SpaceSort sort, int offset, int limit) {
        return page(filter, sort, offset, limit, noCondition());
    }

    /**
     * Every match among the units a condition on UNIT picks (a saved search's alert: the units changed since its
     * last one), in the search's order, without a page limit: the same conditions as the search, so an alert
     * finds exactly what search finds, freshness included.
     */
    public List<SpaceHitRow> among(SpaceFilter filter, SpaceSort sort, Condition units) {
        return page(filter, sort, 0, Integer.MAX_VALUE, units);
    }

    private List<SpaceHitRow> page(SpaceFilter filter, SpaceSort sort, int offset, int limit, Condition units) {
        CommonTableExpression<Record2<String, Double>> places = places(filter.near());
        Field<Double> metres = places == null ? castNull(SQLDataType.DOUBLE) : places.field(PLACE_METRES, Double.class);
        Table<?> keys = dsl.select(UNIT.ID, metres.as(METRES))
                .from(unitsOnCampuses(places))
                // The radius is already applied in places.
                .where(places == null ? matches(filter) : matches(filter.withoutRadius()), units)
                .orderBy(order(sort, metres))
                .limit(limit).offset(offset)
                .asTable("page");
        Field<UUID> keyId = keys.field(UNIT.ID);
        Field<Double> keyMetres = keys.field(METRES, Double.class);
        return (places == null ? dsl.select(UNIT_COLUMNS) : dsl.with(places).select(UNIT_COLUMNS))
                .select(CAMPUS_COLUMNS).select(keyMetres)
                .from(keys).join(UNIT).on(UNIT.ID.eq(keyId)).join(CAMPUS).on(CAMPUS.ID.eq(UNIT.CAMPUS_ID))
                .orderBy(order(sort, keyMetres))
                .fetch(r -> new SpaceHitRow(unit(r), campus(r), r.get(keyMetres)));
    }

    private static Table<?> unitsOnCampuses(CommonTableExpression<Record2<String, Double>> places) {
        Table<?> units = UNIT.join(CAMPUS).on(CAMPUS.ID.eq(UNIT.CAMPUS_ID));
        return places == null ? units : units.join(places).on(places.field(PLACE_ID, String.class).eq(CAMPUS.ID));
    }

    /** The campuses in range with their distance, measured once each (materialized, so never re-inlined per unit). */
    private static CommonTableExpression<Record2<String, Double>> places(Circle near) {
        if (near == null) {
            return null;
        }
        Field<Object> point = Gis.point(near.lon(), near.lat());
        return name("places").fields(PLACE_ID, PLACE_METRES).asMaterialized(
                select(CAMPUS.ID, Gis.distanceMetres(CAMPUS.LOCATION, point))
                        .from(CAMPUS)
                        .where(near.km() == null ? noCondition() : Gis.withinMetres(CAMPUS.LOCATION, point, near.km() * 1000)));
    }

    /** The number of matches, counted no further than upTo: the whole country need not be counted to say "1,000+". */
    public int count(SpaceFilter filter, int upTo) {
        return dsl.selectCount()
                .from(selectOne()
                        .from(UNIT).join(CAMPUS).on(CAMPUS.ID.eq(UNIT.CAMPUS_ID))
                        .where(matches(filter))
                        .limit(upTo))
                .fetchSingle(0, int.class);
    }

    // Flat columns, read by name: nested row() projections come back from PostgreSQL as composite text that jOOQ
    // parses field by field, which cost more CPU than the query itself (BENCHMARKS.md, "Search").
    private static UnitPart unit(Record r) {
        return new UnitPart(r.get(UNIT.ID), r.get(UNIT.NAME), r.get(UNIT.LAB_M2), r.get(UNIT.OFFICE_M2),
                r.get(UNIT.CONTAINMENT), r.get(UNIT.GMP), Arrays.asList(r.get(FEATURES)), r.get(UNIT.AVAILABLE_FROM),
                r.get(UNIT.AVAILABLE_UNTIL), r.get(UNIT.RENT_PER_M2_YEAR), r.get(UNIT.MIN_TERM_MONTHS),
                r.get(UNIT.MAX_TERM_MONTHS), r.get(UNIT.STATUS), r.get(UNIT.DELIVERY_MONTH), r.get(UNIT.LAST_CONFIRMED),
                Arrays.asList(r.get(RENT_COVERS)));
    }

    private static CampusPart campus(Record r) {
        return new CampusPart(r.get(CAMPUS.ID), r.get(CAMPUS.NAME), r.get(CAMPUS.CITY), r.get(LAT), r.get(LON),
                r.get(CAMPUS.PROVINCE_CODE), r.get(CAMPUS.COROP_CODE), r.get(CAMPUS.ROM_CODE),
                new CampusAddress(r.get(CAMPUS.STREET_ADDRESS), r.get(CAMPUS.POSTCODE), r.get(CAMPUS.ADDRESS_TOWN),
                        r.get(CAMPUS.ADDRESS_DEMO)));
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
        // Statuses as literals, not binds: the partial indexes (WHERE status = 'available') then match whatever
        // plan the statement gets (the app forces custom plans, but this query class does not rely on it).
        return UNIT.STATUS.in(f.includePipeline() ? List.of(inline(UnitStatus.AVAILABLE.code()), inline(UnitStatus.PLANNED.code())) : List.of(inline(UnitStatus.AVAILABLE.code())))
                .and(Supply.fresh(f.confirmedSince()))
                .and(f.region() == null ? noCondition() : REGION_COLUMN.get(f.region().kind()).eq(f.region().code()))
                .and(f.campusId() == null ? noCondition() : UNIT.CAMPUS_ID.eq(f.campusId()))
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
