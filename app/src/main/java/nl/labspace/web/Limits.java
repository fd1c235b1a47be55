package nl.labspace.web;

/**
 * The documented limits of free text in the API (README, "Limits"), in one place for annotations and checks.
 * Every text is also {@link TextRules clean text}; single-line fields take no line breaks or tabs.
 */
public final class Limits {

    public static final int EMAIL = 254;
    public static final int DISPLAY_NAME = 100;
    public static final int PASSWORD_MIN_CHARS = 12;
    public static final int UNIT_NAME = 120;
    public static final int NEED_TITLE = 160;
    public static final int FOCUS_ITEMS = 10;
    public static final int FACILITY_ITEMS = 30;
    public static final int FACILITY = 80;
    public static final int WEBSITE = 300;
    /** A campus's street line and town (V21 checks the same lengths). */
    public static final int STREET = 120;
    public static final int TOWN = 80;
    public static final String POSTCODE = "[1-9][0-9]{3} ?[A-Za-z]{2}";
    public static final String POSTCODE_MESSAGE = "must be a Dutch postcode, e.g. 2333 CA";
    public static final int CODE = 64;

    /** A regular expression for a single line: no line break, no tab. */
    public static final String LINE = "[^\\n\\r\\t]*";
    public static final String LINE_MESSAGE = "must be a single line (no line breaks or tabs)";

    private Limits() {
    }
}
