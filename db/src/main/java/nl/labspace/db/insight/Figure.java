package nl.labspace.db.insight;

import java.util.Arrays;
import java.util.Optional;

/**
 * The figures of the insight cube (issue 18 point 2), as callers name them. A public figure comes from what campuses
 * publish and is never withheld; the others come from companies' needs and pass the disclosure rule.
 */
public enum Figure {
    SUPPLY_LAB_M2("supply-lab-m2", Measure.M2, true),
    SUPPLY_OFFICE_M2("supply-office-m2", Measure.M2, true),
    PIPELINE_LAB_M2("pipeline-lab-m2", Measure.M2, true),
    PIPELINE_OFFICE_M2("pipeline-office-m2", Measure.M2, true),
    SUPPLY_UNITS("supply-units", Measure.COUNT, true),
    PIPELINE_UNITS("pipeline-units", Measure.COUNT, true),
    LAB_OFFICE_RATIO("lab-office-ratio", Measure.RATIO, true),
    DEMAND_NEEDS("demand-needs", Measure.COUNT, false),
    DEMAND_LAB_M2("demand-lab-m2", Measure.M2, false),
    DEMAND_OFFICE_M2("demand-office-m2", Measure.M2, false),
    DEMAND_M2("demand-m2", Measure.M2, false),
    AWAITING_RUN_M2("awaiting-run-m2", Measure.M2, false),
    MATCHED_M2("matched-m2", Measure.M2, false),
    ACCEPTED_M2("accepted-m2", Measure.M2, false),
    LEASED_M2("leased-m2", Measure.M2, false),
    UNMET_M2("unmet-m2", Measure.M2, false),
    LOST_M2("lost-m2", Measure.M2, false),
    LOST_LAB_M2("lost-lab-m2", Measure.M2, false),
    LOST_NEEDS("lost-needs", Measure.COUNT, false),
    PRELET_M2("prelet-m2", Measure.M2, false),
    DEMAND_VS_PIPELINE_18M("demand-vs-pipeline-18m", Measure.RATIO, false),
    PRELET_SHARE("prelet-share", Measure.RATIO, false),
    FLOW_M2("flow-m2", Measure.M2, false),
    /** The share of a region's flow-m2 that stays inside it. */
    FLOW_INSIDE_SHARE("flow-inside-share", Measure.RATIO, false);

    /** What a value counts. A ratio is kept in thousandths (0.125 is 125) so every cell holds a whole number. */
    public enum Measure { M2, COUNT, RATIO }

    private final String code;
    private final Measure measure;
    private final boolean isPublic;

    Figure(String code, Measure measure, boolean isPublic) {
        this.code = code;
        this.measure = measure;
        this.isPublic = isPublic;
    }

    public String code() {
        return code;
    }

    public Measure measure() {
        return measure;
    }

    public boolean isPublic() {
        return isPublic;
    }

    public static Optional<Figure> of(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
