package nl.labspace.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micronaut.context.i18n.ResourceBundleMessageSource;
import nl.labspace.web.Reason;
import nl.labspace.web.Violation;
import org.junit.jupiter.api.Test;

/** A broken rule reads in the page's language from its code, with its numbers and values kept. */
class FormErrorsTest {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private final FormErrors errors = new FormErrors(new ResourceBundleMessageSource(Messages.BUNDLE));

    private String nl(Reason code, Object... values) {
        return errors.say(Violation.of("field", null, code, values), NL);
    }

    @Test
    void dutchPagesSayTheRuleInDutchWithItsNumbers() {
        assertThat(nl(Reason.AT_LEAST, 0)).isEqualTo("moet minstens 0 zijn");
        assertThat(nl(Reason.BETWEEN, 1, 10)).isEqualTo("moet tussen 1 en 10 liggen");
        assertThat(nl(Reason.REQUIRED)).isEqualTo("is verplicht");
        assertThat(nl(Reason.NOT_BEFORE, "moveInEarliest", "2027-05")).isEqualTo("mag niet vóór Intrek vanaf (maand) liggen (2027-05)");
        assertThat(nl(Reason.AT_LEAST_FIELD, "minTermMonths", 24)).isEqualTo("moet minstens Kortste huurtermijn (maanden) zijn (24)");
        assertThat(nl(Reason.ONLY_FOR_ROLE, "company")).isEqualTo("mag alleen bij de rol Bedrijf");
        assertThat(nl(Reason.CSV_FIELDS, 3, 15)).isEqualTo("heeft 3 velden, de kopregel heeft er 15");
        assertThat(nl(Reason.CSV_SEMICOLON)).startsWith("is niet door komma’s gescheiden");
        assertThat(nl(Reason.CSV_NO_UNITS)).isEqualTo("het bestand heeft de kopregel maar geen ruimtes");
        assertThat(nl(Reason.SLUG)).isEqualTo("moet bestaan uit kleine letters en woorden verbonden met ’-’");
        assertThat(nl(Reason.EUROS, "325.50")).isEqualTo("moet een bedrag in euro’s zijn, bijvoorbeeld 325.50");
        assertThat(nl(Reason.PROPOSAL_STATUS, "accepted", "accepted")).isEqualTo("het voorstel is aanvaard en kan dus niet aanvaard worden");
    }

    @Test
    void theApiKeepsItsEnglishWordsBesideTheCode() {
        Violation v = Violation.of("labM2", -5, Reason.AT_LEAST, 0);
        assertThat(v.reason()).isEqualTo("must be >= 0");
        assertThat(v.code()).isEqualTo(Reason.AT_LEAST);
        assertThat(v.values()).containsExactly("0");
    }

    @Test
    void englishPagesSayTheRuleAndARuleWithoutACodeIsShownAsItCame() {
        assertThat(errors.say(Violation.of("title", "x", Reason.MAX_CHARS, 160), Locale.UK)).isEqualTo("must be at most 160 characters");
        assertThat(errors.say(Violation.of("row", null, "is a row the reader has no words for"), NL))
                .isEqualTo("is a row the reader has no words for");
        assertThat(nl(Reason.CSV_COLUMN_TWICE)).isEqualTo("is een kolom die twee keer voorkomt");
    }

    @Test
    void oneReasonPerFieldTheFirstFound() {
        Map<String, String> byField = errors.byField(List.of(Violation.of("labM2", -5, Reason.AT_LEAST, 0),
                Violation.of("labM2", -5, Reason.WHOLE), Violation.of("title", null, Reason.REQUIRED)), NL);
        assertThat(byField).containsExactly(Map.entry("labM2", "moet minstens 0 zijn"), Map.entry("title", "is verplicht"));
    }

    @Test
    void everyReasonHasItsWordsInBothLanguages() {
        var source = new io.micronaut.runtime.context.CompositeMessageSource(
                Messages.BUNDLES.stream().<io.micronaut.context.MessageSource>map(ResourceBundleMessageSource::new).toList());
        for (String key : FormErrors.keys()) {
            assertThat(source.getMessage(key, NL)).as(key).isPresent();
            assertThat(source.getMessage(key, Locale.UK)).as(key).isPresent();
        }
    }
}
