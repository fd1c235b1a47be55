package nl.labspace.solver.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.engine.EngineRun;
import nl.labspace.solver.engine.EngineSettings;
import nl.labspace.solver.engine.MatchingEngine;
import nl.labspace.solver.io.InstanceReader;
import nl.labspace.solver.validate.SolutionValidator;

/**
 * Runs the engine on instance files at several budgets and prints, as Markdown table rows, unserved m², score,
 * when the solver found its last improvement, wall time of the whole call (offers and placements included), the
 * solver's own time, peak heap (sum of the heap pools' peaks since the run started) and whether the solution passes
 * the validator. (Score calculation speed needs OptaPlanner's internals, which the engine no longer reads.) Arguments: instance
 * files. System properties: bench.budgets (seconds, default 10,30,60), bench.seed (default 42), bench.acceptor
 * (default: the engine's), bench.evict / bench.ruin (move weights), bench.header=false to leave out the header.
 * scripts/bench-engine.sh runs it with -Xmx2g, one budget per JVM, next to ReferenceBench.
 */
public final class EngineBench {

    private EngineBench() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: EngineBench instance.json...");
            System.exit(2);
        }
        List<Integer> budgets = Arrays.stream(System.getProperty("bench.budgets", "10,30,60").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        long seed = Long.getLong("bench.seed", 42L);
        EngineSettings settings = settings();
        if (!"false".equals(System.getProperty("bench.header"))) {
            System.out.println("| instance | budget s | engine unserved m2 | score | last best s | wall s | search s "
                    + "| peak heap MB | valid |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
        }
        for (String file : args) {
            MatchingInstance instance = InstanceReader.read(Path.of(file));
            for (int seconds : budgets) {
                resetPeaks();
                long t0 = System.nanoTime();
                EngineRun run = new MatchingEngine(settings).run(instance, null, Duration.ofSeconds(seconds), seed);
                double wall = (System.nanoTime() - t0) / 1e9;
                boolean valid = new SolutionValidator(instance).validate(run.solution()).isEmpty();
                System.out.printf(Locale.ROOT, "| %s | %d | %d | %s | %.1f | %.1f | %.1f | %d | %s |%n", instance.name(),
                        seconds, run.solution().unservedM2(), run.score(), run.lastImprovementMillis() / 1000.0, wall,
                        run.millisSpent() / 1000.0, peakHeapMb(), valid ? "yes" : "NO");
            }
        }
    }

    private static EngineSettings settings() {
        EngineSettings s = EngineSettings.DEFAULT;
        String acceptor = System.getProperty("bench.acceptor");
        if (acceptor != null) {
            s = s.withAcceptor(EngineSettings.Acceptor.valueOf(acceptor));
        }
        double evict = Double.parseDouble(System.getProperty("bench.evict", String.valueOf(s.evictWeight())));
        double ruin = Double.parseDouble(System.getProperty("bench.ruin", String.valueOf(s.ruinWeight())));
        return s.withMoveWeights(evict, ruin);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }
}
