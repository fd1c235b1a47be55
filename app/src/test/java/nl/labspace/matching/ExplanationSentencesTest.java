package nl.labspace.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micronaut.context.i18n.ResourceBundleMessageSource;
import org.junit.jupiter.api.Test;

/** A proposal reads to its company as "your ...", and to the campus as the company's. */
class ExplanationSentencesTest {

    private static final Map<String, Object> PROPOSAL = Map.of(
            "placement", Map.of("campusId", "leiden", "unitIds", List.of("u1"), "start", "2027-05", "termMonths", 36,
                    "served", Map.of("labM2", 240, "officeM2", 0), "asked", Map.of("labM2", 220, "officeM2", 0),
                    "terms", List.of(Map.of("kind", "Distance", "km", 12))),
            "whyHere", Map.of("code", "CHEAPEST", "validOptions", 4));

    private final ExplanationSentences company = new ExplanationSentences(new ResourceBundleMessageSource("i18n.messages"),
            Locale.UK, id -> "Leiden Bio Science Park", id -> "B2.14");

    @Test
    void theCompanyReadsAboutItsOwnPlace() {
        assertThat(plain(company.proposal(PROPOSAL))).containsExactly(
                "Leiden Bio Science Park, unit B2.14, from May 2027 for 36 months: 240 m² for 220 m² asked; 12 km from your preferred place.",
                "None of the 4 valid options costs you less.");
    }

    @Test
    void theCampusReadsAboutTheCompanysPlace() {
        assertThat(plain(company.toCampus().proposal(PROPOSAL))).containsExactly(
                "Leiden Bio Science Park, unit B2.14, from May 2027 for 36 months: 240 m² for 220 m² asked; 12 km from the company’s preferred place.",
                "None of the 4 valid options costs the company less.");
    }

    @Test
    void aNeedWhoseOnlySpaceIsTooLargeHearsTheSmallestSpaceAndItsMaximum() {
        Map<String, Object> unmatched = Map.of("reason", Map.of("kind", "AreaAboveMax", "smallestM2", 3625, "maxM2", 525,
                "containment", "ML-II", "gmp", "none"));
        ExplanationSentences dutch = new ExplanationSentences(new ResourceBundleMessageSource("i18n.messages"),
                Locale.forLanguageTag("nl-NL"), id -> "Leiden Bio Science Park", id -> "B2.14");

        assertThat(plain(company.proposal(unmatched))).containsExactly(
                "The smallest suitable space within reach is 3,625 m² in total, over your maximum of 525 m².");
        assertThat(plain(company.toCampus().proposal(unmatched))).containsExactly(
                "The smallest suitable space within reach is 3,625 m² in total, over the company’s maximum of 525 m².");
        assertThat(plain(dutch.proposal(unmatched))).containsExactly(
                "De kleinste passende ruimte binnen bereik is in totaal 3.625 m², meer dan uw maximum van 525 m².");
    }

    /** Formats keeps a number and its unit together with a no-break space; compare as plain text. */
    private static List<String> plain(List<String> sentences) {
        return sentences.stream().map(s -> s.replace('\u00a0', ' ').replace('\u202f', ' ')).toList();
    }
}
