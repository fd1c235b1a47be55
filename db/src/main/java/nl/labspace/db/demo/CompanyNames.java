package nl.labspace.db.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

// Invented company names built from syllables ("Vireon Therapeutics BV"); each name is used once per market.
final class CompanyNames {

    private static final List<String> HEADS = List.of("Vir", "Cel", "Nov", "Ar", "Lyr", "Quan", "Ther", "Zyn",
            "Ox", "Pel", "My", "Neur", "Cyt", "Im", "Vax", "Lum", "Sol", "Zen", "Tril", "Kal", "Orv", "Ves",
            "Bel", "Fen", "Hal", "Mer", "Tav", "Ul", "Dav", "El");
    private static final List<String> TAILS = List.of("eon", "ara", "ixa", "ora", "yon", "ico", "anth", "ivo",
            "ova", "enta", "ium", "ero", "ulis", "aro");
    private static final Map<String, List<String>> WORDS = Map.of(
            "drug-discovery", List.of("Therapeutics", "Pharma", "Biosciences"),
            "cell-gene-therapy", List.of("Cell Therapies", "Gene Medicines", "Biologics"),
            "vaccines", List.of("Vaccines", "Immunologics"),
            "diagnostics", List.of("Diagnostics", "Biomarkers", "Dx"),
            "medtech", List.of("Medical", "MedTech", "Devices"),
            "health-innovation", List.of("Health", "Care Technologies"),
            "industrial-biotech", List.of("Biotech", "Fermentation", "Bioworks"),
            "food-nutrition", List.of("Foods", "Nutrition", "Proteins"),
            "oncology", List.of("Oncology", "Onco Therapeutics"),
            "regenerative-medicine", List.of("Regenerative", "Tissue Engineering", "Biomatrix"));
    private static final List<String> DUTCH_FORMS = List.of("BV", "BV", "BV", "B.V.", "NV");
    private static final List<String> FOREIGN_FORMS = List.of("Inc.", "Ltd", "GmbH", "AG", "SAS", "ApS");

    private final Set<String> used = new HashSet<>();

    // foreign: a firm considering the Netherlands, with a foreign legal form.
    String next(Dice dice, String sector, boolean foreign) {
        for (int attempt = 1; ; attempt++) {
            String name = "%s%s %s %s".formatted(dice.pick(HEADS), dice.pick(TAILS), dice.pick(WORDS.get(sector)),
                    dice.pick(foreign ? FOREIGN_FORMS : DUTCH_FORMS));
            if (attempt > 50) {
                name = name + " " + attempt;
            }
            if (used.add(name)) {
                return name;
            }
        }
    }
}
