package nl.labspace.search;

import java.util.List;

/** The schema's vocabularies (V1 domains) as search parameters accept them; ladders run from lowest to highest rung. */
final class SearchVocabulary {

    static final List<String> CONTAINMENT = List.of("none", "ML-I", "ML-II", "ML-III");
    static final List<String> GMP = List.of("none", "D", "C", "B", "A");
    static final List<String> FEATURES = List.of("fume-hood", "biosafety-cabinet", "lab-gases", "cold-storage",
            "high-floor-load", "24-7-access", "loading-dock", "autoclave", "environmental-permit");
    static final List<String> SECTORS = List.of("drug-discovery", "cell-gene-therapy", "vaccines", "diagnostics",
            "medtech", "health-innovation", "industrial-biotech", "food-nutrition", "oncology", "regenerative-medicine");

    private SearchVocabulary() {
    }
}
