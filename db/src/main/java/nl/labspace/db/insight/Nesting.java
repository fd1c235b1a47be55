package nl.labspace.db.insight;

import static nl.labspace.db.generated.Tables.REGION;

import nl.labspace.db.generated.tables.Region;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * A place counts in its COROP region only when that region lies in the place's province. Region boundaries are
 * generalised, so a point on a border can fall in one province and in a COROP region of the next (10 of the national
 * benchmark's 50,000 needs); such a place counts in its province's unplaced part, so that a province is always the
 * sum of its COROP regions and its unplaced part.
 */
final class Nesting {

    /** The place's COROP region, joined only when it nests in the place's province (left join on coropIn). */
    static final Region COROP = REGION.as("nested_corop");

    private Nesting() {
    }

    static Condition coropIn(Field<String> corop, Field<String> province) {
        return COROP.CODE.eq(corop).and(COROP.PROVINCE_CODE.eq(province));
    }
}
