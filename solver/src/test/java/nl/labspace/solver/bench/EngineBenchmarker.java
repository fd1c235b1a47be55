package nl.labspace.solver.bench;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;

import nl.labspace.solver.engine.EngineSettings;
import nl.labspace.solver.engine.EngineSettings.Acceptor;
import nl.labspace.solver.engine.MatchingEngine;
import nl.labspace.solver.engine.MatchingPlan;
import nl.labspace.solver.engine.SolverConfigs;
import nl.labspace.solver.io.InstanceReader;

/**
 * The OptaPlanner benchmarker over the engine's search variants (the tuning behind EngineSettings.DEFAULT):
 * late acceptance, simulated annealing and tabu search with the custom moves, and late acceptance with change
 * moves only. Arguments: instance files. bench.seconds per run (default 10). The HTML report lands in
 * target/benchmarks. Runs one solver at a time: on 2 cores parallel runs only skew each other.
 */
public final class EngineBenchmarker {

    private EngineBenchmarker() {
    }

    public static void main(String[] args) {
        Duration budget = Duration.ofSeconds(Long.getLong("bench.seconds", 10L));
        MatchingEngine engine = new MatchingEngine();
        List<MatchingPlan> problems = Arrays.stream(args).map(f -> engine.prepare(InstanceReader.read(Path.of(f)), null))
                .toList();
        EngineSettings base = EngineSettings.DEFAULT;
        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig()
                .withName("labspace-engine")
                .withBenchmarkDirectory(new File("target/benchmarks"))
                .withParallelBenchmarkCount("1")
                .withWarmUpSecondsSpentLimit(0L)
                .withSolverBenchmarkConfigs(
                        variant("late acceptance with custom moves", base.withAcceptor(Acceptor.LATE_ACCEPTANCE), budget),
                        variant("simulated annealing with custom moves", base.withAcceptor(Acceptor.SIMULATED_ANNEALING), budget),
                        variant("tabu search with custom moves", base.withAcceptor(Acceptor.TABU), budget),
                        variant("late acceptance with change moves only", base.withMoveWeights(0, 0), budget));
        PlannerBenchmarkFactory.create(config).buildPlannerBenchmark(problems).benchmark();
    }

    private static SolverBenchmarkConfig variant(String name, EngineSettings settings, Duration budget) {
        return new SolverBenchmarkConfig().withName(name).withSolverConfig(SolverConfigs.of(settings, budget, 42L));
    }
}
