package nl.labspace.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Dutch pages are Dutch throughout, and neither language writes a lazy plural: every bundle is scanned for English
 * words in its Dutch texts ("units", "Lab aangeboden") and for "veld(en)", "probleem/problemen", "field(s)"; a count
 * takes a text for one and one for more (key and key.one).
 */
class DutchWordingTest {

    /**
     * English words that a Dutch text must not hold (whole words, any case), "0 km verderop", and the calque "Lab(ruimte)
     * aangeboden" as a heading ("Aangeboden labruimte"; "240 m² labruimte aangeboden" after a number is Dutch).
     */
    static final Pattern ENGLISH = Pattern.compile("(?i)\\b(units?|the|and|with|available|search|page|results?|"
            + "verderop)\\b|(?-i:^(Lab|Labruimte|Kantoorruimte) aangeboden)|(?i)\\blab aangeboden");
    /** "veld(en)", "unit(s)", "problem(s)", "probleem/problemen"; "http(s)" is a scheme, not a plural. */
    static final Pattern LAZY_PLURAL = Pattern.compile("\\w\\((en|s|n)\\)|probleem/problemen|problemen/probleem");

    @Test
    void dutchTextsHaveNoEnglishWords() throws IOException {
        List<String> english = new ArrayList<>();
        for (String bundle : Messages.BUNDLES) {
            load(bundle, "nl").forEach((key, text) -> {
                if (ENGLISH.matcher(text.toString()).find()) {
                    english.add(bundle + ": " + key + "=" + text);
                }
            });
        }
        assertThat(english).as("Dutch texts with English words").isEmpty();
    }

    @Test
    void noLanguageWritesALazyPlural() throws IOException {
        List<String> lazy = new ArrayList<>();
        for (String bundle : Messages.BUNDLES) {
            for (String language : List.of("nl", "en")) {
                load(bundle, language).forEach((key, text) -> {
                    if (LAZY_PLURAL.matcher(text.toString().replace("http(s)", "")).find()) {
                        lazy.add(bundle + "_" + language + ": " + key + "=" + text);
                    }
                });
            }
        }
        assertThat(lazy).as("lazy plurals").isEmpty();
    }

    @Test
    void theFoundCountsAreSaidForOneAndForMore() throws IOException {
        Properties nl = load(Messages.BUNDLE, "nl");
        assertThat(nl.getProperty("console.unit.problem.one")).contains("één veld vraagt");
        assertThat(nl.getProperty("console.unit.problem")).contains("{0} velden vragen");
        assertThat(nl.getProperty("console.csv.rejected.one")).contains("één probleem");
        assertThat(nl.getProperty("console.csv.rejected")).contains("{0} problemen");
    }

    private static Properties load(String bundle, String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DutchWordingTest.class.getResourceAsStream("/" + bundle.replace('.', '/') + "_" + language + ".properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return p;
    }
}
