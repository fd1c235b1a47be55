package nl.labspace.db.insight;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** When the insight cube was kept (insight_snapshot.kind, V19): after a matching run wrote its proposals, or monthly. */
public enum SnapshotKind {
    RUN("run"),
    MONTH("month");

    /** The words callers use. */
    public static final List<String> CODES = Arrays.stream(values()).map(SnapshotKind::code).toList();

    private final String code;

    SnapshotKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SnapshotKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
