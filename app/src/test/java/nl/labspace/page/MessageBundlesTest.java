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
        Set<String> nl = keys("nl");
        Set<String> en = keys("en");

        assertThat(difference(en, nl)).as("keys in messages_en.properties missing from messages_nl.properties").isEmpty();
        assertThat(difference(nl, en)).as("keys in messages_nl.properties missing from messages_en.properties").isEmpty();
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
        for (String language : java.util.List.of("nl", "en")) {
            Properties p = new Properties();
            try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(p.stringPropertyNames().stream().filter(k -> p.getProperty(k).contains("'")).sorted().toList())
                    .as("keys in messages_%s.properties with a ' (write ’)", language).isEmpty();
        }
    }

    private static Set<String> keys(String language) throws IOException {
        Properties p = new Properties();
        String path = "/i18n/messages_" + language + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
