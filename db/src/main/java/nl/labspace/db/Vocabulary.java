package nl.labspace.db;

import java.util.List;

/** The fixed vocabularies the schema's domains accept (V1), for messages that name the allowed values. */
public final class Vocabulary {

    public static final List<String> CONTAINMENT = List.of("none", "ML-I", "ML-II", "ML-III");
    public static final List<String> GMP = List.of("none", "D", "C", "B", "A");
    public static final List<String> FEATURES = List.of("fume-hood", "biosafety-cabinet", "lab-gases", "cold-storage",
            "high-floor-load", "24-7-access", "loading-dock", "autoclave", "environmental-permit");
    public static final List<String> SECTORS = List.of("drug-discovery", "cell-gene-therapy", "vaccines", "diagnostics",
            "medtech", "health-innovation", "industrial-biotech", "food-nutrition", "oncology", "regenerative-medicine");

    /** CBS province codes (2024). */
    public static final List<String> PROVINCES = List.of("PV20", "PV21", "PV22", "PV23", "PV24", "PV25", "PV26",
            "PV27", "PV28", "PV29", "PV30", "PV31");

    private Vocabulary() {
    }
}
