package nl.labspace.web;

/**
 * What any text sent to the API may hold, wherever it goes: Unicode text without control characters (PostgreSQL
 * text cannot hold NUL at all, and the others only confuse the pages and CSV files that show it), and never
 * longer than {@link #MAX_ANY} characters. Each field sets its own, smaller maximum on top (see the README).
 */
public final class TextRules {

    /** No text field of the API is longer (the longest, a message, is far below it). */
    public static final int MAX_ANY = 4_000;

    /** How much of a bad value an answer repeats. */
    static final int ECHO = 80;

    private TextRules() {
    }

    /** Why the text is refused, or null when it is acceptable. Line breaks and tabs are allowed. */
    public static Refusal problem(String value) {
        if (value.length() > MAX_ANY) {
            return Refusal.of(Reason.MAX_CHARS, MAX_ANY);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return Refusal.of(Reason.NUL);
            }
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                return Refusal.of(Reason.CONTROL, "U+%04X".formatted((int) c));
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
                if (!paired) {
                    return Refusal.of(Reason.SURROGATE, "U+%04X".formatted((int) c));
                }
                i++;
            }
        }
        return null;
    }

    /** A single-line text (a name, a title, an email): {@link #problem} and no line breaks or tabs. */
    public static Refusal lineProblem(String value) {
        Refusal problem = problem(value);
        if (problem == null && (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\t') >= 0)) {
            return Refusal.of(Reason.SINGLE_LINE);
        }
        return problem;
    }

    /** A value as an answer may repeat it: control characters shown as U+XXXX, at most ECHO characters. */
    public static String shorten(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < value.length() && shown.length() < ECHO; i++) {
            char c = value.charAt(i);
            shown.append(c < 0x20 || c == 0x7f || Character.isSurrogate(c) ? "U+%04X".formatted((int) c) : String.valueOf(c));
        }
        return shown.length() < ECHO && shown.length() >= value.length() ? shown.toString()
                : shown + "... (%d characters)".formatted(value.length());
    }
}
