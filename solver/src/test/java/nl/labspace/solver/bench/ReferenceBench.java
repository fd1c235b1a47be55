package nl.labspace.solver.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.greedy.GreedyMatcher;
import nl.labspace.solver.io.InstanceReader;
import nl.labspace.solver.offer.OfferLimits;
import nl.labspace.solver.reference.CpSatReference;
import nl.labspace.solver.validate.SolutionValidator;

/**
 * Greedy and CP-SAT side by side for BENCHMARKS.md: per instance and budget, unserved m2 of the greedy baseline
 * and of CP-SAT (best found, proven bound, status), as a Markdown table. Arguments: instance files. System
 * properties: bench.budgets (seconds, default 10,60), bench.workers (default 2), bench.limits=complete|default
 * (offer caps, default complete: exact for maxUnits <= 3; "default" is what the engine sees at national scale),
 * bench.formulation=TIME_INDEXED|INTERVALS (default TIME_INDEXED; INTERVALS is smaller on large instances),
 * bench.header=false to leave out the header. The budget is CP-SAT's own time limit: building the offers and the
 * model comes on top ("build s"), unlike the engine, whose budget covers its preparation.
 * Run (exec:java trips over the Micronaut parent's exec configuration, so plain java on the test class path):
 *   ./mvnw -q -pl solver test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=cp.txt
 *   java -Dbench.budgets=10,60 -cp solver/target/classes:solver/target/test-classes:$(cat solver/cp.txt) \
 *        nl.labspace.solver.bench.ReferenceBench a.json b.json
 */
public final class ReferenceBench {

    private ReferenceBench() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: ReferenceBench instance.json...");
            System.exit(64);
        }
        List<Integer> budgets = Arrays.stream(System.getProperty("bench.budgets", "10,60").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int workers = Integer.getInteger("bench.workers", 2);
        OfferLimits limits = "default".equals(System.getProperty("bench.limits")) ? OfferLimits.DEFAULT
                : OfferLimits.COMPLETE;
        var formulation = CpSatReference.Formulation.valueOf(System.getProperty("bench.formulation", "TIME_INDEXED"));
        run(Arrays.stream(args).map(Path::of).toList(), budgets, workers, new CpSatReference(limits, formulation),
                System.out);
    }

    static void run(List<Path> files, List<Integer> budgets, int workers, CpSatReference reference, PrintStream out) {
        run(files, budgets, workers, reference, out, !"false".equals(System.getProperty("bench.header")));
    }

    static void run(List<Path> files, List<Integer> budgets, int workers, CpSatReference reference, PrintStream out,
                    boolean header) {
        if (header) {
            out.println("| instance | needs | demand m2 | greedy m2 | budget s | CP-SAT status | CP-SAT best m2 | bound m2 "
                    + "| time s | build s | variables | valid |");
            out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        }
        for (Path file : files) {
            MatchingInstance instance = InstanceReader.read(file);
            long demand = instance.needs().stream().mapToLong(Need::totalM2).sum();
            MatchingSolution greedy = new GreedyMatcher().solve(instance, Duration.ZERO, 0);
            for (int seconds : budgets) {
                long t0 = System.nanoTime();
                CpSatReference.Result r = reference.solve(instance, Duration.ofSeconds(seconds), workers, greedy);
                double build = Math.max(0, (System.nanoTime() - t0) / 1e9 - r.seconds());
                boolean valid = r.solution() != null && new SolutionValidator(instance).validate(r.solution()).isEmpty();
                out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %s | %s | %s | %.1f | %.1f | %d | %s |%n",
                        instance.name(), instance.needs().size(), demand, greedy.unservedM2(), seconds, r.status(),
                        r.solution() == null ? "-" : r.unservedM2(), r.boundM2() < 0 ? "-" : r.boundM2(), r.seconds(),
                        build, r.variables(), r.solution() == null ? "-" : valid ? "yes" : "NO");
            }
        }
    }
}
