package nl.labspace.page;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import nl.labspace.web.Reason;
import nl.labspace.web.Violation;

/**
 * Refusals in the page's language: a form's broken rules (one per field) and an action the market refused. A rule
 * travels as a code with its values (web/Reason); the page words the code from the bundles (reason.*), keeping its
 * numbers and values. A rule without a code (one only API clients can break) is shown as the API gave it.
 */
@Singleton
public class FormErrors {

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * A form's errors as the page shows them (field to words), holding the broken rules they word, so that a kept
     * answer (FormAnswers) can word them again in the other language.
     */
    public static final class Worded extends LinkedHashMap<String, String> {
        private final transient List<Violation> rules;

        Worded(List<Violation> rules) {
            this.rules = List.copyOf(rules);
        }

        List<Violation> rules() {
            return rules;
        }
    }

    /** Field name to its first broken rule, in the order the rules were found. */
    public Map<String, String> byField(List<Violation> violations, Locale locale) {
        Worded errors = new Worded(violations);
        for (Violation v : violations) {
            // an item of a list ("features[2]") is shown at the list's control
            errors.putIfAbsent(v.listField(), say(v, locale));
        }
        return errors;
    }

    /** One broken rule in the language of the page. */
    public String say(Violation v, Locale locale) {
        return v.code() == null ? v.reason() : say(v.code(), v.values(), locale);
    }

    /** A reason with its values in the language of the page. */
    public String say(Reason code, List<String> values, Locale locale) {
        Object[] args = values.stream().map(value -> words(value, locale)).toArray();
        return messages.getMessage(code.messageKey(), locale, args).orElse(code.english(values));
    }

    /** A value that names a field or a role ("minTermMonths", "company") by its label in the page's language. */
    private String words(String value, Locale locale) {
        for (String prefix : LABELS) {
            Optional<String> label = messages.getMessage(prefix + value, locale);
            if (label.isPresent()) {
                return label.get();
            }
        }
        return value;
    }

    /** Where the pages keep the labels of the fields and roles that rules name. */
    private static final List<String> LABELS = List.of("console.need.field.", "console.unit.field.", "role.", "status.proposal.",
            "status.need.");

    /** The message keys of every reason, for the bundle test. */
    static List<String> keys() {
        return Arrays.stream(Reason.values()).map(Reason::messageKey).distinct().toList();
    }
}
