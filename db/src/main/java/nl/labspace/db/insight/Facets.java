package nl.labspace.db.insight;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.labspace.db.Vocabulary;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

/**
 * The facets of insight figures ("all", or "dimension:value") as SQL builds them, and the fixed vocabularies of the
 * dimensions that have one, so that a breakdown lists every value (zero included) and adds up to "all".
 */
public final class Facets {

    public static final String CONTAINMENT = "containment";
    public static final String GMP = "gmp";
    public static final String SIZE = "size";
    public static final String MOVE_IN = "move-in";
    public static final String DELIVERY = "delivery";
    public static final String REASON = "reason";
    /** Pipeline delivered within 18 months of the cube's month: a subset, not a breakdown. */
    public static final String DUE = "due";
    public static final String DUE_WITHIN_18M = "within-18m";

    /** Size bands of a need's lab + office m²: under 300, 300 up to 1,000, 1,000 up to 3,000 inclusive, over 3,000. */
    public static final List<String> SIZE_BANDS = List.of("under-300", "300-1000", "1000-3000", "over-3000");

    /** Dimensions whose every value is known in advance. */
    public static final Map<String, List<String>> FIXED = Map.of(CONTAINMENT, Vocabulary.CONTAINMENT, GMP, Vocabulary.GMP,
            SIZE, SIZE_BANDS);

    private Facets() {
    }

    public static String of(String dimension, String value) {
        return dimension + ":" + value;
    }

    /** The dimension of a facet ("containment" of "containment:ML-II"), or "all". */
    public static String dimension(String facet) {
        int colon = facet.indexOf(':');
        return colon < 0 ? facet : facet.substring(0, colon);
    }

    /** "2027-Q1" of a month's first day. */
    static Field<String> quarter(Field<LocalDate> day) {
        return field("to_char({0}, 'YYYY-\"Q\"Q')", SQLDataType.VARCHAR, day);
    }

    /** "2027-01" of a month's first day. */
    static Field<String> month(Field<LocalDate> day) {
        return field("to_char({0}, 'YYYY-MM')", SQLDataType.VARCHAR, day);
    }

    /** The size band of an area, one of SIZE_BANDS; inline values, as it is grouped by (a bind value would differ). */
    static Field<String> sizeBand(Field<Integer> m2) {
        return when(m2.lt(inline(300)), inline(SIZE_BANDS.get(0))).when(m2.lt(inline(1000)), inline(SIZE_BANDS.get(1)))
                .when(m2.le(inline(3000)), inline(SIZE_BANDS.get(2))).otherwise(inline(SIZE_BANDS.get(3)));
    }
}
