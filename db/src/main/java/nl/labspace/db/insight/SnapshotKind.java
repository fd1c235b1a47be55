package nl.labspace.db.insight;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * When the insight cube was kept (insight_snapshot.kind, V19): after a matching run wrote its proposals, or monthly;
 * and how many of the newest are kept (a trend reads them all, older ones are deleted).
 */
public enum SnapshotKind {
    RUN("run", SnapshotKind.RUNS_KEPT),
    MONTH("month", SnapshotKind.MONTHS_KEPT);

    public static final int RUNS_KEPT = 100;
    public static final int MONTHS_KEPT = 120;

    /** The words callers use. */
    public static final List<String> CODES = Arrays.stream(values()).map(SnapshotKind::code).toList();

    private final String code;
    private final int kept;

    SnapshotKind(String code, int kept) {
        this.code = code;
        this.kept = kept;
    }

    public String code() {
        return code;
    }

    /** How many snapshots of this kind are kept, the newest. */
    public int kept() {
        return kept;
    }

    public static Optional<SnapshotKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
