package nl.labspace.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Why a value or an action is refused, as a code with values (§16 of the house style). The API answers the English
 * words below (a problem's detail and reason, unchanged for API clients) and also the code and its values; a page
 * words the same code in its own language from the bundles ({@code reason.<key>}), so no page ever reads an English
 * sentence back. The values are in the order the English words use them.
 */
public enum Reason {
    // a value of a form, a JSON body or a CSV row
    REQUIRED("required", "is required"),
    REQUIRED_MONTH("requiredMonth", "is required (YYYY-MM)"),
    POSITIVE("positive", "must be > 0"),
    AT_LEAST("atLeast", "must be >= %s"),
    AT_LEAST_FIELD("atLeastField", "must be >= %s %s"),
    AT_MOST("atMost", "must be <= %s"),
    BELOW("below", "must be below %s"),
    BETWEEN("between", "must be between %s and %s"),
    ONE_OF("oneOf", "must be one of [%s]"),
    MAX_CHARS("maxChars", "must be at most %s characters"),
    MIN_CHARS("minChars", "must be at least %s characters"),
    MAX_BYTES("maxBytes", "must be at most %s bytes (UTF-8)"),
    MAX_ITEMS("maxItems", "must have at most %s items"),
    MONTH("month", "must be a month written YYYY-MM"),
    NOT_BEFORE("notBefore", "must not be before %s %s"),
    NOT_AFTER("notAfter", "must not be after %s %s"),
    WHOLE("whole", "must be a whole number"),
    WHOLE_SECONDS("wholeSeconds", "must be a whole number of seconds"),
    NUMBER("number", "must be a number"),
    DIGITS("digits", "must be a number of at most %s digits before and after the point"),
    EUROS("euros", "must be a number in euros written with a decimal point, e.g. %s"),
    CENTS("cents", "must have at most 2 digits after the point (euro cents)"),
    NO_GROUPING("noGrouping", "must be written without thousands separators, e.g. 1250 or 1250,50"),
    NO_AREA("noArea", "and officeM2 must not both be 0"),
    NO_COVERED_AREA("noCoveredArea", "must cover lab or office space the unit has (lab %s m², office %s m²)"),
    PLACE("place", "must be a place from the list"),
    ONE_PLACE("onePlace", "give exactly one of campus, town, or lat and lon"),
    NOT_FOLLOWED("notFollowed", "lies in %s, a region you do not follow"),
    OUTSIDE_NETHERLANDS("outsideNetherlands", "lies outside the Netherlands"),
    PERCENT_UTF8("percentUtf8", "must be valid UTF-8 (percent-encoded bytes that are no character)"),
    PLUS_SIGN("plusSign", "must be written without a '+' sign"),
    SINGLE_LINE("singleLine", "must be a single line (no line breaks or tabs)"),
    NUL("nul", "must not contain the NUL character (U+0000)"),
    CONTROL("control", "must not contain control characters (%s)"),
    SURROGATE("surrogate", "must be valid Unicode (a lone surrogate %s)"),
    WEBSITE("website", "must be an http(s) address without spaces"),
    EMAIL("email", "must be a well-formed email address"),
    POSTCODE("postcode", Limits.POSTCODE_MESSAGE),
    SLUG("slug", "must be lower-case words joined by '-'"),
    IN_USE("inUse", "is already in use"),
    // accounts by email (mail feature): a mailed link that no longer works, a wrong current password
    LINK_INVALID("linkInvalid", "is not a working link: it was used already, has expired, or never existed"),
    WRONG_PASSWORD("wrongPassword", "is not the current password"),
    SAME_PASSWORD("samePassword", "must differ from the current password"),
    REPEAT_DIFFERS("repeatDiffers", "must be the same password typed again"),
    REQUIRED_FOR_ROLE("requiredForRole", "is required for role %s"),
    ONLY_FOR_ROLE("onlyForRole", "is only allowed for role %s"),
    NO_CAMPUS("noCampus", "no such campus"),
    NO_COMPANY("noCompany", "no such company"),
    NO_REGION("noRegion", "is not a province, COROP or ROM code"),
    NO_REGION_CODE("noRegion", "no such region code"),
    COMPANY_FROM_LIST("companyFromList", "must be a company from the list"),
    DATE("date", "must be a date (YYYY-MM-DD)"),
    NOT_BEFORE_FROM("notBeforeFrom", "must be on or after the from date"),
    // enquiries (nl.labspace.enquiry)
    CONFIDENTIAL_NEED("confidentialNeed", "must be an open confidential need of your company (only such a need may ask anonymously)"),
    ONLY_ANONYMOUS("onlyAnonymous", "is only for an anonymous enquiry"),
    ENQUIRY_LIMIT("enquiryLimit", "has sent %s enquiries in the last 24 hours, the most allowed; try again later"),
    MESSAGE_LIMIT("messageLimit", "has %s messages from your side in the last 24 hours, the most allowed; try again later"),
    NOT_ANONYMOUS("notAnonymous", "already names its company (it was not anonymous, or was revealed)"),
    // the CSV import's problems with the file as a whole and with its rows
    CSV_EMPTY("csvEmpty", "the file is empty; its first line must be the header %s"),
    CSV_NO_UNITS("csvNoUnits", "the file holds the header but no units"),
    CSV_FIELDS("csvFields", "has %s fields, the header has %s"),
    CSV_TWICE("csvTwice", "is also on line %s; a unit may appear once"),
    CSV_UTF8("csvUtf8", "is not UTF-8 text: save the file as \"CSV UTF-8\""),
    CSV_SEMICOLON("csvSemicolon", "is not comma-separated: save the file as CSV with ',' between fields (a spreadsheet "
            + "with Dutch settings writes ';')"),
    CSV_NOT_COLUMN("csvNotColumn", "is not a column; the columns are %s"),
    CSV_COLUMN_TWICE("csvColumnTwice", "is a column named twice"),
    CSV_MISSING("csvMissing", "is a column missing from the header"),
    CSV_ID("csvId", "must be the id of a unit of this campus (as exported), or empty for a new unit"),
    CSV_WITHDRAWN_NEW("csvWithdrawnNew", "is only for a unit that exists (a row with its id); a new unit is available or planned"),
    CSV_NO_UNIT("csvNoUnit", "no unit with this id on this campus"),
    CSV_INVALID("csvInvalid", "is not valid CSV (RFC 4180): %s"),
    // an action the state of the market refuses now (409); the English words follow the object (and what was refused) in the detail
    PROPOSAL_STATUS("proposalStatus", "is %s, so it cannot become %s"),
    PROPOSAL_ANSWERED("proposalAnswered", "is no longer %s (someone answered it at the same time)"),
    NEED_CLOSED("needClosed", "the need is %s"),
    NEED_EDITED("needEdited", "the need was edited after the run"),
    UNIT_WITHDRAWN("unitWithdrawn", "unit '%s' was withdrawn"),
    UNIT_EDITED("unitEdited", "unit '%s' was edited after the run"),
    UNIT_LEASED("unitLeased", "unit '%s' was leased in some of the months %s to %s"),
    UNIT_HELD("unitHeld", "unit %s is already held in some of the months %s to %s by a lease or by another accepted proposal"),
    RUN_SEARCH_ENDED("runSearchEnded", "has already ended its search; its outcome is written as it was"),
    VERSION_REQUIRED("versionRequired", "is required when editing (the version you read)"),
    NOT_EDITABLE("notEditable", "is %s and can no longer be edited"),
    CHANGED_DURING_IMPORT("changedDuringImport", "(line %s) was changed by someone else during the import; nothing was imported, send the file again"),
    CHANGED_MEANWHILE("changedMeanwhile", "was changed by someone else (version %s, you sent %s); reload and edit again"),
    NEED_NOT_OPEN("needNotOpen", "is %s: only an open need has options"),
    NEED_NOT_MATCHABLE("needNotMatchable", "is not open for matching"),
    RUN_BUSY("runBusy", "of scope '%s', which overlaps this one, is already solving; stop it or wait for it to end"),
    RUN_ENDED("runEnded", "has already ended (%s)"),
    RUN_NO_FIGURES("runNoFigures", "has no figures (%s)"),
    RUN_NO_SNAPSHOT("runNoSnapshot", "has no snapshot yet (still preparing)"),
    RUN_NO_SOLUTION("runNoSolution", "has no solution (%s)"),
    SCENARIO_SOLVING("scenarioSolving", "is solving; stop it or wait for it to end"),
    SCENARIO_NOT_SOLVING("scenarioNotSolving", "is not solving");

    private final String key;
    private final String english;

    Reason(String key, String english) {
        this.key = key;
        this.english = english;
    }

    /** The bundle key that words this reason on a page; its arguments {0}, {1}... are the values. */
    public String messageKey() {
        return "reason." + key;
    }

    /** The reason as the API words it, its values in place. */
    public String english(List<String> values) {
        return english.formatted(values.toArray());
    }

    /** The reason without values whose English words these are exactly (a message a request record names). */
    public static Optional<Reason> withoutValues(String words) {
        return Arrays.stream(values()).filter(r -> !r.english.contains("%") && r.english.equals(words)).findFirst();
    }

    /** Values as they travel: text, in the order the words use them. */
    public static List<String> values(Object... values) {
        return Arrays.stream(values).map(String::valueOf).toList();
    }
}
