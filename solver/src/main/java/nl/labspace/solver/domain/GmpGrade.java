package nl.labspace.solver.domain;

import java.util.Arrays;

/** EU GMP cleanroom grades, from none to A (the strictest); a stricter room may host a laxer need. */
public enum GmpGrade {
    NONE("none"), D("D"), C("C"), B("B"), A("A");

    private final String code;

    GmpGrade(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean covers(GmpGrade required) {
        return compareTo(required) >= 0;
    }

    /** A missing value means none, as in the exchange format. */
    public static GmpGrade fromCode(String code) {
        if (code == null) {
            return NONE;
        }
        return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "gmp must be one of none, D, C, B, A, was '%s'".formatted(code)));
    }
}
