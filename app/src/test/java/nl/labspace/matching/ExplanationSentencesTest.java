package nl.labspace.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import io.micronaut.context.i18n.ResourceBundleMessageSource;
import nl.labspace.matching.ExplanationView.Area;
import nl.labspace.solver.explain.WhyHere;
import org.junit.jupiter.api.Test;

/** A proposal reads to its company as "your ...", and to the campus as the company's. */
class ExplanationSentencesTest {

    private static final ExplanationView PROPOSAL = new ExplanationView.Matched(
            new ExplanationView.Placement("leiden", List.of("u1"), "2027-05", 36, new Area(240, 0), new Area(220, 0),
                    List.of(new ExplanationView.Distance(12, 120), new ExplanationView.Rent(78_000, 78)), 198, 78_000,
                    new BigDecimal("325")),
            List.of(), new ExplanationView.WhyHere(WhyHere.Code.CHEAPEST, 4, 198, null));

    private final ExplanationSentences company = new ExplanationSentences(new ResourceBundleMessageSource("i18n.messages"),
            Locale.UK, id -> "Leiden Bio Science Park", id -> "B2.14");

    @Test
    void theCompanyReadsAboutItsOwnPlace() {
        assertThat(plain(company.proposal(PROPOSAL))).containsExactly(
                "Leiden Bio Science Park, unit B2.14, from May 2027 for 36 months: 240 m² for 220 m² asked; 12 km from your preferred place; €325 /m²/year · €78,000 per year.",
                "None of the 4 valid options costs you less.");
    }

    @Test
    void theCampusReadsAboutTheCompanysPlace() {
        assertThat(plain(company.toCampus().proposal(PROPOSAL))).containsExactly(
                "Leiden Bio Science Park, unit B2.14, from May 2027 for 36 months: 240 m² for 220 m² asked; 12 km from the company’s preferred place; €325 /m²/year · €78,000 per year.",
                "None of the 4 valid options costs the company less.");
    }

    @Test
    void theRentReadsPerSquareMetreAndInTotalInDutch() {
        ExplanationSentences dutch = new ExplanationSentences(new ResourceBundleMessageSource("i18n.messages"),
                Locale.forLanguageTag("nl-NL"), id -> "Leiden Bio Science Park", id -> "B2.14");
        assertThat(plain(dutch.proposal(PROPOSAL)).get(0)).endsWith("; € 325 /m²/jaar · € 78.000 per jaar.");
    }

    @Test
    void aCheaperOptionHeldByOthersIsNamedWithTheAreaHoldingIt() {
        ExplanationView taken = new ExplanationView.Matched(((ExplanationView.Matched) PROPOSAL).placement(), List.of(),
                new ExplanationView.WhyHere(WhyHere.Code.CHEAPER_TAKEN, 4, 198, new ExplanationView.Cheaper("leiden",
                        List.of("u2"), "2027-06", 120, List.of(new ExplanationView.Holder(150, true),
                        new ExplanationView.Holder(90, false)))));

        assertThat(plain(company.proposal(taken))).endsWith(
                "A cheaper option among the 4 valid ones is held by another need that could not move.",
                "That option: Leiden Bio Science Park, unit B2.14, from June 2027; other demand of 240 m² in all holds it then.");
    }

    @Test
    void aNeedWhoseOnlySpaceIsTooLargeHearsTheSmallestSpaceAndItsMaximum() {
        ExplanationView unmatched = new ExplanationView.Unmatched(new Area(300, 50),
                new ReasonView.AreaAboveMax(3625, 525, "ML-II", "none"), List.of(), 350);
        ExplanationSentences dutch = new ExplanationSentences(new ResourceBundleMessageSource("i18n.messages"),
                Locale.forLanguageTag("nl-NL"), id -> "Leiden Bio Science Park", id -> "B2.14");

        assertThat(plain(company.proposal(unmatched))).containsExactly(
                "The smallest suitable space within reach (ML-II) is 3,625 m² in total, over your maximum of 525 m².");
        assertThat(plain(company.toCampus().proposal(unmatched))).containsExactly(
                "The smallest suitable space within reach (ML-II) is 3,625 m² in total, over the company’s maximum of 525 m².");
        assertThat(plain(dutch.proposal(unmatched))).containsExactly(
                "De kleinste passende ruimte binnen bereik (ML-II) is in totaal 3.625 m², meer dan uw maximum van 525 m².");
    }

    /** Formats keeps a number and its unit together with a no-break space; compare as plain text. */
    private static List<String> plain(List<String> sentences) {
        return sentences.stream().map(s -> s.replace('\u00a0', ' ').replace('\u202f', ' ')).toList();
    }
}
