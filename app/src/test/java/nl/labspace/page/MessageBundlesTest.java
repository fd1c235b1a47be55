package nl.labspace.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Both languages hold every word: the bundles have the same keys, and every key a template names is in both. */
class MessageBundlesTest {

    static final Path VIEWS = Path.of("src/main/resources/views");
    /** #{key} and #{key(args)} with a literal key; keys built from values (#{'status.' + ...}) are checked below. */
    static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[(}]");

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            Set<String> nl = keys(bundle, "nl");
            Set<String> en = keys(bundle, "en");

            assertThat(difference(en, nl)).as("keys in %s_en missing from %s_nl", bundle, bundle).isEmpty();
            assertThat(difference(nl, en)).as("keys in %s_nl missing from %s_en", bundle, bundle).isEmpty();
        }
    }

    /** The composite takes the first bundle that has a key: a key in two bundles would hide one of its texts. */
    @Test
    void noKeyIsInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (String bundle : Messages.BUNDLES) {
            Set<String> mine = keys(bundle, "en");
            Set<String> twice = new TreeSet<>(mine);
            twice.retainAll(seen);
            assertThat(twice).as("keys of %s already in an earlier bundle", bundle).isEmpty();
            seen.addAll(mine);
        }
    }

    @Test
    void everyKeyATemplateNamesIsInBothBundles() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(VIEWS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(50);
        assertThat(difference(named, keys("nl"))).as("keys the templates name, missing in Dutch").isEmpty();
        assertThat(difference(named, keys("en"))).as("keys the templates name, missing in English").isEmpty();
    }

    @Test
    void everyVocabularyWordHasAKeyInBothBundles() throws IOException {
        Set<String> built = new TreeSet<>();
        nl.labspace.db.Vocabulary.FEATURES.forEach(f -> built.add("feature." + f));
        nl.labspace.db.Vocabulary.SECTORS.forEach(s -> built.add("sector." + s));
        Stream.of("available", "planned", "withdrawn", "stale").forEach(s -> built.add("status." + s));
        Languages.ALL.forEach(l -> built.add("layout.language." + l.getLanguage()));

        assertThat(difference(built, keys("nl"))).isEmpty();
        assertThat(difference(built, keys("en"))).isEmpty();
    }

    /** MessageFormat reads a straight quote as the start of quoted text, and pages format twice: use ’ instead. */
    @Test
    void noWordHoldsAStraightQuoteThatFormattingWouldEat() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            for (String language : java.util.List.of("nl", "en")) {
                Properties p = properties(bundle, language);
                assertThat(p.stringPropertyNames().stream().filter(k -> p.getProperty(k).contains("'")).sorted().toList())
                        .as("keys in %s_%s with a ' (write ’)", bundle, language).isEmpty();
            }
        }
    }

    /** Every bundle's keys in one language: what a page can name. */
    private static Set<String> keys(String language) throws IOException {
        Set<String> all = new TreeSet<>();
        for (String bundle : Messages.BUNDLES) {
            all.addAll(keys(bundle, language));
        }
        return all;
    }

    private static Set<String> keys(String bundle, String language) throws IOException {
        return new TreeSet<>(properties(bundle, language).stringPropertyNames());
    }

    private static Properties properties(String bundle, String language) throws IOException {
        Properties p = new Properties();
        String path = "/" + bundle.replace('.', '/') + "_" + language + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
