package nl.labspace.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micronaut.context.i18n.ResourceBundleMessageSource;
import nl.labspace.web.Violation;
import org.junit.jupiter.api.Test;

/** A broken rule reads in the page's language, with its numbers and values kept. */
class FormErrorsTest {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private final FormErrors errors = new FormErrors(new ResourceBundleMessageSource(Messages.BUNDLE));

    @Test
    void dutchPagesSayTheRuleInDutchWithItsNumbers() {
        assertThat(errors.say("must be >= 0", NL)).isEqualTo("moet minstens 0 zijn");
        assertThat(errors.say("must be between 1 and 10", NL)).isEqualTo("moet tussen 1 en 10 liggen");
        assertThat(errors.say("is required", NL)).isEqualTo("is verplicht");
        assertThat(errors.say("must not be before moveInEarliest 2027-05", NL))
                .isEqualTo("mag niet vóór Intrek vanaf (maand) liggen (2027-05)");
        assertThat(errors.say("must be >= minTermMonths 24", NL)).isEqualTo("moet minstens Kortste huurtermijn (maanden) 24 zijn");
        assertThat(errors.say("is only allowed for role company", NL)).isEqualTo("mag alleen bij de rol Bedrijf");
        assertThat(errors.say("has 3 fields, the header has 15", NL)).isEqualTo("heeft 3 velden, de kopregel heeft er 15");
        assertThat(errors.say("is not comma-separated: save the file as CSV with ',' between fields (a spreadsheet with "
                + "Dutch settings writes ';')", NL)).startsWith("is niet door komma’s gescheiden");
        assertThat(errors.say("the file holds the header but no units", NL)).isEqualTo("het bestand heeft de kopregel maar geen units");
        assertThat(errors.say("must be lower-case words joined by '-'", NL))
                .isEqualTo("moet bestaan uit kleine letters en woorden verbonden met ’-’");
        assertThat(errors.say("must be a number in euros written with a decimal point, e.g. 325.50", NL))
                .isEqualTo("moet een bedrag in euro’s zijn, bijvoorbeeld 325.50");
    }

    @Test
    void englishPagesKeepTheRuleAndAnUnknownReasonIsShownAsItCame() {
        assertThat(errors.say("must be at most 160 characters", Locale.UK)).isEqualTo("must be at most 160 characters");
        assertThat(errors.say("is a row the reader has no words for", NL)).isEqualTo("is a row the reader has no words for");
        assertThat(errors.say("is a column named twice", NL)).isEqualTo("is een kolom die twee keer voorkomt");
    }

    @Test
    void oneReasonPerFieldTheFirstFound() {
        Map<String, String> byField = errors.byField(List.of(Violation.of("labM2", -5, "must be >= 0"),
                Violation.of("labM2", -5, "must be a whole number"), Violation.of("title", null, "is required")), NL);
        assertThat(byField).containsExactly(Map.entry("labM2", "moet minstens 0 zijn"), Map.entry("title", "is verplicht"));
    }

    @Test
    void everyReasonHasItsWordsInBothLanguages() {
        var source = new ResourceBundleMessageSource(Messages.BUNDLE);
        for (String key : FormErrors.keys()) {
            assertThat(source.getMessage(key, NL)).as(key).isPresent();
            assertThat(source.getMessage(key, Locale.UK)).as(key).isPresent();
        }
    }
}
