package nl.labspace.db.market;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * What a unit's rent per m² per year covers (unit.rent_covers, V21): the areas it is paid on and whether service
 * charges are included. An area not covered is let separately; the total rent per year is the rent per m² times
 * the covered area, one rule for the API, the pages and the CSV.
 */
public enum RentCover {
    LAB("lab"),
    OFFICE("office"),
    SERVICE_CHARGES("service_charges");

    /** Every word, as the schema spells them. */
    public static final List<String> CODES = Arrays.stream(values()).map(RentCover::code).toList();

    /** What the rent covered before units said so (V21's default): both areas, service charges extra. */
    public static final List<String> DEFAULT = List.of(LAB.code, OFFICE.code);

    private final String code;

    RentCover(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The m² the rent per m² is paid on. */
    public static int coveredM2(List<String> covers, int labM2, int officeM2) {
        return (covers.contains(LAB.code) ? labM2 : 0) + (covers.contains(OFFICE.code) ? officeM2 : 0);
    }

    /** The rent per year of the covered area, in whole euros (rounded half up). */
    public static BigDecimal totalPerYear(BigDecimal rentPerM2Year, List<String> covers, int labM2, int officeM2) {
        return rentPerM2Year.multiply(BigDecimal.valueOf(coveredM2(covers, labM2, officeM2)))
                .setScale(0, java.math.RoundingMode.HALF_UP);
    }
}
