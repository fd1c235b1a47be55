package nl.labspace.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The fences of the app module, read from its compiled classes: services speak in typed exceptions and never in
 * HTTP (io.micronaut.http), and only the db module writes SQL (org.jooq), except the factories that hand a
 * DSLContext to db's query classes.
 */
class ArchitectureTest {

    private static final Path CLASSES = Path.of("target/classes/nl/labspace");
    private static final Set<String> JOOQ_WIRING = Set.of("web/QueryFactory", "web/JooqSettingsFactory", "search/SearchQueryFactory",
            "insight/InsightQueries", "insight/FigureQueries", "insight/FlowQueries", "insight/whatif/WhatIfQueries",
            "listing/stats/StatsQueryFactory", "mail/MailQueryFactory", "enquiry/EnquiryQueryFactory", "alert/AlertQueryFactory");
    /** Classes that decide what the market does; the HTTP edge (controllers, handlers, filters) maps them. */
    private static final List<String> SERVICE_SUFFIXES = List.of("Service", "Writer", "Assembler", "Runs", "History",
            "Validator", "Form");

    @Test
    void servicesDoNotUseHttpTypes() throws IOException {
        List<String> offenders = ownClasses().filter(c -> SERVICE_SUFFIXES.stream().anyMatch(c::endsWith))
                .filter(c -> references(c, "io/micronaut/http")).toList();
        assertThat(ownClasses().filter(c -> c.endsWith("Service")).count()).as("services found").isGreaterThan(5);
        assertThat(offenders).as("services referencing io.micronaut.http").isEmpty();
    }

    @Test
    void onlyTheDbModuleUsesJooq() throws IOException {
        List<String> offenders = ownClasses().filter(c -> !JOOQ_WIRING.contains(c))
                .filter(c -> references(c, "org/jooq")).toList();
        assertThat(offenders).as("app classes referencing org.jooq").isEmpty();
    }

    /** Our classes by path without ".class" ("matching/MatchingRuns"), without Micronaut's generated companions. */
    private static Stream<String> ownClasses() throws IOException {
        assertThat(CLASSES).as("compiled app classes").isDirectory();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> CLASSES.relativize(f).toString().replace('\\', '/').replaceAll("\\.class$", ""))
                    .filter(c -> !c.contains("$Definition") && !c.contains("$Introspection") && !c.contains("$Intercepted")
                            && !c.contains("$Exec") && !c.contains("$Reference"))
                    .map(c -> c.contains("$") ? c.substring(0, c.indexOf('$')) : c)
                    .distinct().toList().stream();
        }
    }

    /** Whether the class (or any of its nested classes) names a type of the package in its constant pool. */
    private static boolean references(String clazz, String packagePath) {
        try (Stream<Path> files = Files.list(CLASSES.resolve(clazz).getParent())) {
            String simple = Path.of(clazz).getFileName().toString();
            return files.filter(f -> {
                String n = f.getFileName().toString();
                return n.equals(simple + ".class") || n.startsWith(simple + "$") && !n.contains("$Definition")
                        && !n.contains("$Introspection") && !n.contains("$Intercepted") && !n.contains("$Exec");
            }).anyMatch(f -> read(f).contains(packagePath));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
