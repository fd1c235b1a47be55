package nl.labspace.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The solver is a pure library: no web framework, no SQL, so it runs the same in the app, the CLI and tests. */
class PureLibraryTest {

    private static final List<String> FORBIDDEN = List.of("import io.micronaut", "import org.jooq", "import java.sql",
            "import javax.sql", "import org.flywaydb");

    @Test
    void solverSourcesImportNoFrameworkAndNoSql() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<String> offenders = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(PureLibraryTest::importsForbidden)
                    .map(Path::toString)
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static boolean importsForbidden(Path source) {
        try {
            return Files.readAllLines(source).stream().anyMatch(line -> FORBIDDEN.stream().anyMatch(line::startsWith));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
