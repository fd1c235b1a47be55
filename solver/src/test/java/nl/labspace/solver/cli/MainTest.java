package nl.labspace.solver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.labspace.solver.Facts;
import nl.labspace.solver.Matcher;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.io.InstanceReader;
import nl.labspace.solver.io.SolutionJson;
import nl.labspace.solver.validate.SolutionValidator;

class MainTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path tiny;

    @BeforeEach
    void copyTiny() throws IOException {
        tiny = dir.resolve("tiny.json");
        Files.writeString(tiny, Facts.resourceText("/instances/sample-tiny.json"));
    }

    /** Runs with {@code matcher} in place of the default one (the engine). */
    private int run(Matcher matcher, String... args) {
        return new Main(name -> Main.DEFAULT_MATCHER.equals(name) ? matcher : Main.matcher(name),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private int run(String... args) {
        return new Main(Main::matcher, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void explainPrintsAHeadlinePerNeedAndItsDetails() {
        Path solution = dir.resolve("tiny.solution.json");
        run("solve", tiny.toString(), "--seconds", "1", "--out", solution.toString(), "--matcher", "greedy");
        out.reset();

        assertThat(run("explain", tiny.toString(), solution.toString())).isEqualTo(0);

        List<String> headlines = out().lines().filter(l -> !l.startsWith("  - ")).toList();
        assertThat(headlines).hasSize(15).allMatch(l -> l.matches("N-\\S+ \\(lab .*\\) (gets|is not served: ).*"));
        assertThat(out()).contains("  - Rent: € ");
    }

    @Test
    void optionsPrintsTheBestPlacesForOneNeed() {
        String needId = InstanceReader.read(tiny).needs().get(0).id();

        assertThat(run("options", tiny.toString(), needId, "--limit", "2")).isEqualTo(0);

        assertThat(out()).startsWith(needId + " (lab ").containsPattern("has (no option|[12] options?)");
        assertThat(run("options", tiny.toString(), "N-NONE")).isEqualTo(64);
        assertThat(err()).contains("need 'N-NONE' is not in");
    }

    @Test
    void solveWritesAValidSolutionAndOneSummaryLine() {
        Path solution = dir.resolve("tiny.solution.json");

        assertThat(run("solve", tiny.toString(), "--seconds", "5", "--out", solution.toString(), "--seed", "3",
                "--matcher", "greedy")).isEqualTo(0);

        assertThat(out()).matches("unservedM2=5155 matched=7/15 score=-5155 seconds=\\d+\\.\\d\\d\\n");
        MatchingInstance instance = InstanceReader.read(tiny);
        assertThat(SolutionValidator.check(instance, SolutionJson.read(solution))).isEmpty();
        assertThat(run("validate", tiny.toString(), solution.toString())).isEqualTo(0);
    }

    @Test
    void theEngineIsTheDefaultAndItsSolutionIsValid() {
        Path solution = dir.resolve("engine.solution.json");

        assertThat(run("solve", tiny.toString(), "--seconds", "2", "--out", solution.toString())).isEqualTo(0);

        assertThat(out()).matches("unservedM2=\\d+ matched=\\d+/15 score=-\\d+ seconds=\\d+\\.\\d\\d\\n");
        var engine = SolutionJson.read(solution);
        assertThat(SolutionValidator.check(InstanceReader.read(tiny), engine)).isEmpty();
        assertThat(engine.solution().unservedM2()).isLessThanOrEqualTo(5155); // never worse than greedy on sample-tiny
    }

    @Test
    void aStepLimitedSolveIsTheSameSolutionEveryTime() throws Exception {
        Path first = dir.resolve("steps-1.solution.json");
        Path second = dir.resolve("steps-2.solution.json");

        assertThat(run("solve", tiny.toString(), "--steps", "2000", "--seed", "3", "--out", first.toString())).isEqualTo(0);
        assertThat(run("solve", tiny.toString(), "--steps", "2000", "--seed", "3", "--out", second.toString())).isEqualTo(0);

        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        assertThat(SolutionValidator.check(InstanceReader.read(tiny), SolutionJson.read(first))).isEmpty();
        assertThat(run("solve", tiny.toString(), "--steps", "10", "--matcher", "greedy", "--out", first.toString())).isEqualTo(64);
    }

    @Test
    void theEngineCanStillBeNamed() {
        Path solution = dir.resolve("engine.solution.json");

        assertThat(run("solve", tiny.toString(), "--seconds", "1", "--out", solution.toString(), "--matcher", "engine"))
                .isEqualTo(0);
        assertThat(SolutionValidator.check(InstanceReader.read(tiny), SolutionJson.read(solution))).isEmpty();
    }

    @Test
    void generateWritesAReadableInstance() {
        Path file = dir.resolve("gen.json");

        assertThat(run("generate", "--seed", "9", "--needs", "40", "--units", "50", "--campuses", "8", "--out",
                file.toString())).isEqualTo(0);

        MatchingInstance instance = InstanceReader.read(file);
        assertThat(instance.needs()).hasSize(40);
        assertThat(instance.name()).isEqualTo("generated-s9-n40-u50-c8");
        assertThat(out()).startsWith("wrote " + file + ": 8 campuses, 50 units, 40 needs");
    }

    @Test
    void aBadInstanceFileExits2NamingFieldAndValue() throws IOException {
        Files.writeString(tiny, Files.readString(tiny).replaceFirst("\"containment\":\"ML-II\"", "\"containment\":\"BSL-2\""));

        assertThat(run("solve", tiny.toString(), "--seconds", "1", "--out", dir.resolve("s.json").toString()))
                .isEqualTo(2);
        assertThat(err()).startsWith("error: units[").contains(".containment: unknown value 'BSL-2'");
        assertThat(dir.resolve("s.json")).doesNotExist();
    }

    @Test
    void aMissingInstanceFileExits2() {
        assertThat(run("solve", dir.resolve("nope.json").toString(), "--seconds", "1", "--out", "x.json")).isEqualTo(2);
        assertThat(err()).contains("nope.json: cannot read");
    }

    @Test
    void badArgumentsExit64WithUsage() {
        assertThat(run()).isEqualTo(64);
        assertThat(run("solve", tiny.toString(), "--seconds", "1")).isEqualTo(64);
        assertThat(err()).contains("error: missing --out").contains("Usage: java -jar labspace-solver.jar");
        assertThat(run("solve", tiny.toString(), "--seconds", "soon", "--out", "x.json")).isEqualTo(64);
        assertThat(err()).contains("--seconds must be a whole number, was 'soon'");
        assertThat(run("solve", tiny.toString(), "--seconds", "0", "--out", "x.json")).isEqualTo(64);
        assertThat(run("generate", "--seed", "1", "--needs", "5", "--units", "5", "--campuses", "2", "--colour", "red",
                "--out", "x.json")).isEqualTo(64);
        assertThat(err()).contains("unknown option --colour");
        assertThat(run("frobnicate")).isEqualTo(64);
        assertThat(run("validate", tiny.toString())).isEqualTo(64);
        assertThat(run("solve", tiny.toString(), "--seconds", "1", "--out", "x.json", "--matcher", "magic")).isEqualTo(64);
        assertThat(err()).contains("--matcher must be greedy or engine, was 'magic'");
    }

    @Test
    void validateExits1AndListsViolations() throws IOException {
        Path solution = dir.resolve("bad.json");
        Files.writeString(solution, Facts.resourceText("/instances/sample-tiny-optimal.solution.json")
                .replace("\"unservedM2\": 4770", "\"unservedM2\": 4000"));

        assertThat(run("validate", tiny.toString(), solution.toString())).isEqualTo(1);
        assertThat(out()).isEqualTo("unservedM2 is 4000, recomputed 4770\n1 violation(s)\n");
    }

    @Test
    void validateChecksTheSizeBoundItReadsFromTheInstance() throws IOException {
        // The optimal solution of sample-tiny gives some needs more than they ask; bounded to exactly their ask
        // (accepted matches keep theirs), those assignments break rule 2b.
        MatchingInstance inst = InstanceReader.read(Files.newInputStream(tiny));
        var fixed = inst.fixed().stream().map(a -> a.needId()).toList();
        var bounded = new MatchingInstance(inst.name(), inst.campuses(), inst.units(), inst.needs().stream()
                .map(n -> fixed.contains(n.id()) ? n : n.withMaxM2(n.totalM2())).toList(), inst.leases(), inst.fixed());
        Files.writeString(tiny, nl.labspace.solver.io.InstanceWriter.toJson(bounded));
        Path solution = dir.resolve("optimal.json");
        Files.writeString(solution, Facts.resourceText("/instances/sample-tiny-optimal.solution.json"));

        assertThat(run("validate", tiny.toString(), solution.toString())).isEqualTo(1);
        assertThat(out()).contains("rule 2b: need ").doesNotContain("rule 1:", "rule 3:", "rule 7:");
    }

    @Test
    void aMatcherThatBreaksTheRulesExits70() {
        Matcher cheat = (instance, budget, seed) -> new MatchingSolution(instance.name(), List.of(), List.of(), 0);

        assertThat(run(cheat, "solve", tiny.toString(), "--seconds", "1", "--out", dir.resolve("s.json").toString()))
                .isEqualTo(70);
        assertThat(err()).contains("invalid: need N-001 appears neither in assignments nor in unassigned");
    }

    @Test
    void anUnwritableOutputExits74() {
        assertThat(run("solve", tiny.toString(), "--seconds", "1", "--out", dir.resolve("no/such/dir/s.json").toString(),
                "--matcher", "greedy")).isEqualTo(74);
    }
}
