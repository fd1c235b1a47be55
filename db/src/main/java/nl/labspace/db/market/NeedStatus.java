package nl.labspace.db.market;

import java.util.Arrays;
import java.util.List;

/** A need's status as the schema stores it (need.status, V1): open demand, matched, or withdrawn. */
public enum NeedStatus {
    OPEN("open"),
    MATCHED("matched"),
    WITHDRAWN("withdrawn");

    /** Every word, as the schema spells them. */
    public static final List<String> CODES = Arrays.stream(values()).map(NeedStatus::code).toList();

    private final String code;

    NeedStatus(String code) {
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
