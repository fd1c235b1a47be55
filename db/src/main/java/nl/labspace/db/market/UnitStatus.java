package nl.labspace.db.market;

import java.util.Arrays;
import java.util.List;

/** A unit's status as the schema stores it (unit.status, V1): on offer now, in the pipeline, or withdrawn. */
public enum UnitStatus {
    AVAILABLE("available"),
    PLANNED("planned"),
    WITHDRAWN("withdrawn");

    /** Every word, as the schema spells them. */
    public static final List<String> CODES = Arrays.stream(values()).map(UnitStatus::code).toList();

    private final String code;

    UnitStatus(String code) {
        this.code = code;
    }

    /** The word as the schema stores it. */
    public String code() {
        return code;
    }

    /** Whether a stored status is this one. */
    public boolean is(String stored) {
        return code.equals(stored);
    }
}
