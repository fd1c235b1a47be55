package nl.labspace.solver.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.labspace.solver.Facts;
import nl.labspace.solver.reference.CpSatReference;

class ReferenceBenchTest {

    @Test
    void printsGreedyAndTheProvenOptimumPerBudget(@TempDir Path dir) throws IOException {
        Path tiny = dir.resolve("tiny.json");
        Files.writeString(tiny, Facts.resourceText("/instances/sample-tiny.json"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        ReferenceBench.run(List.of(tiny), List.of(5, 10), 2, new CpSatReference(),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(2)).startsWith("| sample-tiny | 15 | 7065 | 5155 | 5 | OPTIMAL | 4770 | 4770 |")
                .endsWith("| yes |");
        assertThat(lines.get(3)).startsWith("| sample-tiny | 15 | 7065 | 5155 | 10 | OPTIMAL | 4770 | 4770 |");
    }
}
