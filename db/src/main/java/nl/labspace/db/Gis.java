package nl.labspace.db;

import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.val;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/** The one place that knows PostGIS function names. Points are geography(Point, 4326), distances in metres. */
public final class Gis {

    private Gis() {
    }

    public static Field<Object> point(double lon, double lat) {
        return field("ST_SetSRID(ST_MakePoint({0}, {1}), 4326)::geography", Object.class, val(lon), val(lat));
    }

    public static Field<Double> lat(Field<?> geography) {
        return field("ST_Y({0}::geometry)", SQLDataType.DOUBLE, geography);
    }

    public static Field<Double> lon(Field<?> geography) {
        return field("ST_X({0}::geometry)", SQLDataType.DOUBLE, geography);
    }

    public static Condition withinMetres(Field<?> a, Field<?> b, double metres) {
        return condition("ST_DWithin({0}, {1}, {2})", a, b, val(metres));
    }

    /** Within a distance measured on the sphere: cheaper, and the measure of {@link #sphereDistance}. */
    public static Condition withinMetresOnSphere(Field<?> a, Field<?> b, Field<Double> metres) {
        return condition("ST_DWithin({0}, {1}, {2}, false)", a, b, metres);
    }

    /**
     * The sphere distance as the GiST index's nearest-first operator: ordered by it, an index scan returns the
     * nearest rows first without measuring the rest.
     */
    public static Field<Double> sphereDistance(Field<?> a, Field<?> b) {
        return field("({0} <-> {1})", SQLDataType.DOUBLE, a, b);
    }

    public static Field<Double> distanceMetres(Field<?> a, Field<?> b) {
        return field("ST_Distance({0}, {1})", SQLDataType.DOUBLE, a, b);
    }

    /** The same array-domain column as a text[] target for inserts and updates. */
    @SuppressWarnings("unchecked")
    public static Field<String[]> textArrayTarget(Field<?> column) {
        return (Field<String[]>) (Field<?>) field(column.getUnqualifiedName(), SQLDataType.VARCHAR.array());
    }

    /** A text[] column (jOOQ reads array domains as Object[]). */
    public static Field<String[]> textArray(Field<?> column) {
        return field("{0}::text[]", SQLDataType.VARCHAR.array(), column);
    }
}
