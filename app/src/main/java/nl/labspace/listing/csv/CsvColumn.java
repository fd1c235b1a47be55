package nl.labspace.listing.csv;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.labspace.web.Refusal;
import nl.labspace.web.Violation;

/**
 * The columns of a campus's units CSV, in the order the export writes them. field is the UnitRequest property
 * a column feeds, so UnitForm's messages can be told in column names; id and last_confirmed feed none.
 * rent_covers (V21) may be left out of a file made before it: its units then keep the default (lab;office).
 */
enum CsvColumn {
    ID("id", null),
    NAME("name", "name"),
    LAB_M2("lab_m2", "labM2"),
    OFFICE_M2("office_m2", "officeM2"),
    CONTAINMENT("containment", "containment"),
    GMP("gmp", "gmp"),
    FEATURES("features", "features"),
    AVAILABLE_FROM("available_from", "availableFrom"),
    AVAILABLE_UNTIL("available_until", "availableUntil"),
    RENT_PER_M2_YEAR("rent_per_m2_year", "rentPerM2Year"),
    RENT_COVERS("rent_covers", "rentCovers"),
    MIN_TERM_MONTHS("min_term_months", "minTermMonths"),
    MAX_TERM_MONTHS("max_term_months", "maxTermMonths"),
    STATUS("status", "status"),
    DELIVERY_MONTH("delivery_month", "deliveryMonth"),
    LAST_CONFIRMED("last_confirmed", null);

    /** Features (and what the rent covers) share one cell; ';' because ',' would need quoting in every spreadsheet. */
    static final String FEATURE_SEPARATOR = ";";

    final String header;
    private final String field;

    CsvColumn(String header, String field) {
        this.header = header;
        this.field = field;
    }

    static String headerLine() {
        return Arrays.stream(values()).map(c -> c.header).collect(Collectors.joining(","));
    }

    /** Whether a file must have the column. */
    boolean required() {
        return this != LAST_CONFIRMED && this != RENT_COVERS;
    }

    static Optional<CsvColumn> ofHeader(String name) {
        return Arrays.stream(values()).filter(c -> c.header.equalsIgnoreCase(name.trim())).findFirst();
    }

    /** The column a UnitForm field name belongs to. */
    static Optional<CsvColumn> ofField(String field) {
        return Arrays.stream(values()).filter(c -> field.equals(c.field)).findFirst();
    }

    /** UnitForm speaks JSON property names ("must not be before availableFrom"); a CSV user reads column names. */
    static Refusal inColumnNames(Violation v) {
        return new Refusal(v.code(), v.values().stream().map(value -> ofField(value).map(c -> c.header).orElse(value)).toList());
    }
}
