package nl.labspace.solver.domain;

import java.util.Arrays;

/** Dutch GMO containment classes; a lab of a higher class may host work of a lower one (MATCHING.md). */
public enum Containment {
    NONE("none"), ML_I("ML-I"), ML_II("ML-II"), ML_III("ML-III");

    private final String code;

    Containment(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean covers(Containment required) {
        return compareTo(required) >= 0;
    }

    /** A missing value means none, as in the exchange format. */
    public static Containment fromCode(String code) {
        if (code == null) {
            return NONE;
        }
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "containment must be one of none, ML-I, ML-II, ML-III, was '%s'".formatted(code)));
    }
}
