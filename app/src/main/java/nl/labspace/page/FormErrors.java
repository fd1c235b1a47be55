package nl.labspace.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;
import nl.labspace.web.Violation;

/**
 * A form's broken rules, one per field, in the page's language. The rules speak English to API clients
 * ("must be >= 0"); a page says the same in its own words from the bundles (reason.*), keeping the numbers and
 * values of the rule. A reason no pattern knows is shown as the rule gave it, never hidden.
 */
@Singleton
public class FormErrors {

    /** A reason pattern and the message key that says it; the pattern's groups become the message's arguments. */
    private record Reason(Pattern pattern, String key) {
    }

    private static final List<Reason> REASONS = List.of(
            reason("is required", "required"),
            reason("is required \\(YYYY-MM\\)", "requiredMonth"),
            reason("must not be null", "required"),
            reason("must not be blank", "required"),
            reason("must be > 0", "positive"),
            reason("must be >= (.+)", "atLeast"),
            reason("must be <= (.+)", "atMost"),
            reason("must be below (.+)", "below"),
            reason("must be between (.+) and (.+)", "between"),
            reason("must be one of \\[(.*)\\]", "oneOf"),
            reason("must be at most (\\d+) characters", "maxChars"),
            reason("must be at least (\\d+) characters", "minChars"),
            reason("must be at most (\\d+) bytes \\(UTF-8\\)", "maxBytes"),
            reason("must have at most (\\d+) items", "maxItems"),
            reason("must be a month written YYYY-MM", "month"),
            reason("must not be before (\\S+) (.+)", "notBefore"),
            reason("must not be after (\\S+) (.+)", "notAfter"),
            reason("must be a whole number", "whole"),
            reason("must be a whole number of seconds", "wholeSeconds"),
            reason("must be a number", "number"),
            reason("must be a number in euros written with a decimal point, e\\.g\\. (.+)", "euros"),
            reason("must have at most 2 digits after the point \\(euro cents\\)", "cents"),
            reason("must be written without thousands separators, e\\.g\\. (.+)", "noGrouping"),
            // the CSV import's problems with the file as a whole and with its rows
            reason("the file is empty; its first line must be the header (.+)", "csvEmpty"),
            reason("the file holds the header but no units", "csvNoUnits"),
            reason("has (\\d+) fields, the header has (\\d+)", "csvFields"),
            reason("is also on line (\\d+); a unit may appear once", "csvTwice"),
            reason("is not UTF-8 text: save the file as \"CSV UTF-8\"", "csvUtf8"),
            reason("is not comma-separated: save the file as CSV with ',' between fields \\(a spreadsheet with Dutch settings writes ';'\\)", "csvSemicolon"),
            reason("is not a column; the columns are (.+)", "csvNotColumn"),
            reason("is a column named twice", "csvColumnTwice"),
            reason("is a column missing from the header", "csvMissing"),
            reason("must be the id of a unit of this campus \\(as exported\\), or empty for a new unit", "csvId"),
            reason("is only for a unit that exists \\(a row with its id\\); a new unit is available or planned", "csvWithdrawnNew"),
            reason("is not valid CSV \\(RFC 4180\\): (.+)", "csvInvalid"),
            reason("must be a place from the list", "place"),
            reason("must be a single line \\(no line breaks or tabs\\)", "singleLine"),
            reason("must not contain the NUL character \\(U\\+0000\\)", "nul"),
            reason("must not contain control characters \\((U\\+[0-9A-F]{4})\\)", "control"),
            reason("must be valid Unicode \\(a lone surrogate (U\\+[0-9A-F]{4})\\)", "surrogate"),
            reason("must be an http\\(s\\) address without spaces", "website"),
            reason("must be a well-formed email address", "email"),
            reason("must be lower-case words joined by '-'", "slug"),
            reason("is already in use", "inUse"),
            reason("and officeM2 must not both be 0", "noArea"),
            // accounts, the audit log and matching runs (admin console)
            reason("is required for role (.+)", "requiredForRole"),
            reason("is only allowed for role (.+)", "onlyForRole"),
            reason("no such campus", "noCampus"),
            reason("no such company", "noCompany"),
            reason("no such region code", "noRegion"),
            reason("is not a province, COROP or ROM code", "noRegion"),
            reason("must be a company from the list", "companyFromList"),
            reason("must be a date \\(YYYY-MM-DD\\)", "date"),
            reason("must be on or after the from date", "notBeforeFrom"));

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** Field name to its first broken rule, in the order the rules were found. */
    public Map<String, String> byField(List<Violation> violations, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Violation v : violations) {
            // an item of a list ("features[2]") is shown at the list's control
            errors.putIfAbsent(v.listField(), say(v.reason(), locale));
        }
        return errors;
    }

    /** One rule's reason in the language of the page. */
    public String say(String reason, Locale locale) {
        for (Reason r : REASONS) {
            Matcher m = r.pattern().matcher(reason);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = words(m.group(i + 1), locale);
                }
                return messages.getMessage("reason." + r.key(), locale, args).orElse(reason);
            }
        }
        return reason;
    }

    /**
     * A rule's argument as the page says it: a field or role it starts with ("minTermMonths 24", "company") by its
     * label in the page's language, the rest as it is.
     */
    private String words(String argument, Locale locale) {
        String[] parts = argument.split(" ", 2);
        for (String prefix : LABELS) {
            Optional<String> label = messages.getMessage(prefix + parts[0], locale);
            if (label.isPresent()) {
                return label.get() + (parts.length > 1 ? " " + parts[1] : "");
            }
        }
        return argument;
    }

    /** Where the pages keep the labels of the fields and roles that rules name. */
    private static final List<String> LABELS = List.of("console.need.field.", "console.unit.field.", "role.");

    /** The message keys this class uses, for the bundle test. */
    static List<String> keys() {
        return REASONS.stream().map(r -> "reason." + r.key()).distinct().toList();
    }

    private static Reason reason(String regex, String key) {
        return new Reason(Pattern.compile(regex), key);
    }
}
