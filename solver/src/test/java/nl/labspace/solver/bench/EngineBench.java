package nl.labspace.solver.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.engine.EngineRun;
import nl.labspace.solver.engine.EngineSettings;
import nl.labspace.solver.engine.MatchingEngine;
import nl.labspace.solver.io.InstanceReader;

/**
 * Runs the engine on instance files at several budgets and prints unserved m², score, score calculation speed and
 * peak heap. Arguments: instance files. System properties: bench.budgets (seconds, default 10,30,60),
 * bench.seed (default 42), bench.acceptor (default: the engine's), bench.evict / bench.ruin (move weights).
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
        System.out.printf("%-24s %6s %12s %28s %12s %10s %9s%n", "instance", "budget", "unserved m2", "score",
                "calc/s", "ms", "peak MB");
        for (String file : args) {
            MatchingInstance instance = InstanceReader.read(Path.of(file));
            for (int seconds : budgets) {
                resetPeaks();
                EngineRun run = new MatchingEngine(settings).run(instance, null, Duration.ofSeconds(seconds), seed);
                System.out.printf("%-24s %5ds %12d %28s %12d %10d %9d%n", instance.name(), seconds,
                        run.solution().unservedM2(), run.score(), run.scoreCalculationSpeedPerSecond(), run.millisSpent(),
                        peakHeapMb());
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
