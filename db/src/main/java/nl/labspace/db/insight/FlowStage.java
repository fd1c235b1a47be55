package nl.labspace.db.insight;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How far demand travelled to its destination, for flow figures: proposed by the latest finished run that covered it
 * (an open proposal), accepted by the company (waiting for the campus), or leased.
 */
public enum FlowStage {
    PROPOSED("proposed"),
    ACCEPTED("accepted"),
    LEASED("leased");

    /** The words callers use. */
    public static final List<String> CODES = Arrays.stream(values()).map(FlowStage::code).toList();

    private final String code;

    FlowStage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<FlowStage> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
