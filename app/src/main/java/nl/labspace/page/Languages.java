package nl.labspace.page;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages of the pages: Dutch first (the default), English second. */
public final class Languages {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    public static final List<Locale> ALL = List.of(DUTCH, ENGLISH);
    /** The cookie that remembers the visitor's choice of language. */
    public static final String COOKIE = "labspace_lang";

    private Languages() {
    }

    /** "nl" or "en" (any region) as one of ours; anything else is not one of ours. */
    public static Optional<Locale> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(code.trim().replace('_', '-')).getLanguage();
        return ALL.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }
}
