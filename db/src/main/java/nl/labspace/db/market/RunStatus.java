package nl.labspace.db.market;

import java.util.Arrays;
import java.util.List;

/** A matching run's status as the schema stores it (matching_run.status, V11). */
public enum RunStatus {
    SOLVING("solving"),
    FINISHED("finished"),
    STOPPED("stopped"),
    FAILED("failed"),
    INTERRUPTED("interrupted");

    /** Every word, as the schema spells them. */
    public static final List<String> CODES = Arrays.stream(values()).map(RunStatus::code).toList();

    private final String code;

    RunStatus(String code) {
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
