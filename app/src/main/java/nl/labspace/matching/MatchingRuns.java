package nl.labspace.matching;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import nl.labspace.db.matching.MarketFactsQuery;
import nl.labspace.db.matching.MarketScope;
import nl.labspace.db.matching.ProposalStore;
import nl.labspace.db.matching.RunRow;
import nl.labspace.db.matching.RunStore;
import nl.labspace.matching.ProblemAssembler.Assembled;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.engine.MatchingEngine;
import nl.labspace.solver.engine.MatchingPlan;
import nl.labspace.solver.engine.Progress;
import nl.labspace.solver.io.InstanceWriter;
import nl.labspace.web.Conflict;
import nl.labspace.web.NotFound;
import nl.labspace.web.Reason;
import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Matching runs in the background: read the market, solve on a bounded pool with live progress, write every
 * proposal in one transaction. HTTP keeps answering meanwhile; a run can be followed and stopped (its best so far
 * is kept). Proposals exist only once a run finished, so a run cut off by a crash leaves none (see interrupt).
 */
@Singleton
class MatchingRuns {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MatchingRuns.class);

    private final MatchingEngine engine = new MatchingEngine();
    private final Map<UUID, AtomicReference<LiveRun>> live = new ConcurrentHashMap<>();
    private final Map<UUID, RunStop> stops = new ConcurrentHashMap<>();
    private final Map<UUID, List<Consumer<LiveRun>>> watchers = new ConcurrentHashMap<>();
    private final ExecutorService pool;
    private final RunStore runs;
    private final ProposalStore proposals;
    private final MarketFactsQuery market;
    private final RunSupport support;
    private final SolverManagerFactory.RunSolverManagers managers;

    MatchingRuns(RunStore runs, ProposalStore proposals, MarketFactsQuery market, RunSupport support,
                 SolverManagerFactory.RunSolverManagers managers) {
        this.managers = managers;
        this.runs = runs;
        this.proposals = proposals;
        this.market = market;
        this.support = support;
        this.pool = Executors.newFixedThreadPool(support.config().runsAtOnce(), r -> {
            Thread t = new Thread(r, "matching-run");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs that were solving when the application stopped wrote no proposal: they show as interrupted. */
    @EventListener
    void onStartup(StartupEvent event) {
        support.tx().executeWrite(status -> runs.interruptUnfinished());
    }

    UUID start(MarketScope scope, int budgetSeconds, long seed, Integer steps, String actor) {
        UUID id;
        try {
            id = support.tx().executeWrite(status -> runs.start(scope, budgetSeconds, seed, steps, actor));
        } catch (RunStore.ScopeBusy e) {
            throw new Conflict("a run", Reason.RUN_BUSY, e.scopeKey());
        }
        live.put(id, new AtomicReference<>(new LiveRun(id, "solving", "preparing", 0, budgetSeconds, null, null, null)));
        stops.put(id, new RunStop());
        support.tx().executeWrite(status -> {
            support.audit().record(actor, "matching.run-started", id.toString(),
                    "scope %s, budget %d s, seed %d%s".formatted(scope.key(), budgetSeconds, seed,
                            steps == null ? "" : ", " + steps + " steps"), null);
            return null;
        });
        pool.submit(() -> solve(id, scope, budgetSeconds, seed, steps));
        return id;
    }

    void stop(UUID id, String actor) {
        LiveRun now = status(id);
        if (now.ended()) {
            throw new Conflict("run " + id, Reason.RUN_ENDED, now.status());
        }
        RunStop stop = stops.get(id);
        if (stop == null || !stop.request()) {
            throw new Conflict("run " + id, Reason.RUN_SEARCH_ENDED);
        }
        support.tx().executeWrite(status -> {
            support.audit().record(actor, "matching.run-stopped", id.toString(), null, null);
            return null;
        });
    }

    LiveRun status(UUID id) {
        AtomicReference<LiveRun> now = live.get(id);
        if (now != null) {
            return now.get();
        }
        RunRow row = support.tx().executeRead(status -> runs.find(id))
                .orElseThrow(() -> new NotFound("matching run %s does not exist".formatted(id)));
        return new LiveRun(row.id(), row.status(), row.phase(), elapsed(row), row.budgetSeconds(), row.unservedM2(),
                row.matchedNeeds(), row.totalNeeds());
    }

    /** Calls back with every change of the run's status until it ends; returns a handle to stop listening. */
    Runnable watch(UUID id, Consumer<LiveRun> watcher) {
        watchers.computeIfAbsent(id, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(watcher);
        return () -> watchers.getOrDefault(id, List.of()).remove(watcher);
    }

    private void solve(UUID id, MarketScope scope, int budgetSeconds, long seed, Integer steps) {
        long started = System.nanoTime();
        RunStop stop = stops.get(id);
        try {
            Assembled problem = support.tx().executeRead(status -> ProblemAssembler.assemble("run-" + id,
                    market.read(scope, support.freshness().confirmedSince())));
            long read = millisSince(started);
            support.tx().executeWrite(status -> {
                runs.solving(id, InstanceWriter.toJson(problem.instance()), problem.needs().size(), problem.askedM2());
                return null;
            });
            long stored = millisSince(started);
            MatchingPlan plan = engine.prepare(problem.instance(), null);
            long prepared = millisSince(started);
            // OptaPlanner takes whole milliseconds; what preparing took comes out of the budget.
            long left = budgetSeconds * 1_000L - millisSince(started);
            MatchingPlan best = stop.requested() ? null
                    : solveWithManager(id, plan, solverConfig(Duration.ofMillis(Math.max(0, left)), seed, steps), started, stop);
            boolean stopped = stop.close();
            if (best == null) {
                support.tx().executeWrite(status -> {
                    runs.stoppedUnsolved(id);
                    return null;
                });
                publish(id, "stopped", "done", started, null);
                return;
            }
            long solved = millisSince(started);
            MatchingSolution solution = MatchingEngine.toSolution(best);
            publish(id, "solving", "writing", started, Progress.of(best, millisSince(started)));
            ProposalWriter.Written written = support.writer().write(problem, solution,
                    engine.explain(problem.instance(), best), stopped ? "stopped" : "finished");
            long explained = millisSince(started);
            support.tx().executeWrite(status -> {
                proposals.write(id, written.proposals());
                runs.finish(id, written.outcome());
                return null;
            });
            long done = millisSince(started);
            // One line per run for operators and scripts/bench-matching.sh.
            LOG.info("run {} timings: read {} ms, snapshot {} ms, prepare {} ms, solve {} ms, explain {} ms, write {} ms; "
                            + "{} needs, {} units, unserved {} m2, {} proposals", id, read, stored - read, prepared - stored,
                    solved - prepared, explained - solved, done - explained, problem.needs().size(),
                    problem.units().size(), solution.unservedM2(), written.proposals().size());
            publish(id, written.outcome().status(), "done", started, Progress.of(best, millisSince(started)));
            support.written(id);
        } catch (RuntimeException | InterruptedException | java.util.concurrent.ExecutionException e) {
            LOG.error("matching run {} failed", id, e);
            support.tx().executeWrite(status -> {
                // An exception without a message (a NullPointerException) is named by its type, never as "null".
                runs.fail(id, e.getMessage() == null ? e.toString() : e.getMessage());
                return null;
            });
            publish(id, "failed", "done", started, null);
        } finally {
            stop.close();
            stops.remove(id);
            live.remove(id);
            watchers.remove(id);
        }
    }

    /**
     * The run's best plan, or null when it was stopped before the search found one. Each run has its own SolverManager
     * (its budget and seed are solver configuration), closed when it ends.
     */
    private MatchingPlan solveWithManager(UUID id, MatchingPlan plan, SolverConfig config, long started, RunStop stop)
            throws InterruptedException, java.util.concurrent.ExecutionException {
        try (SolverManager<MatchingPlan, UUID> manager = managers.create(config)) {
            SolverJob<MatchingPlan, UUID> job = manager.solveAndListen(id, problemId -> plan,
                    best -> publish(id, "solving", "solving", started, Progress.of(best, millisSince(started))));
            stop.attach(job);
            MatchingPlan best = job.getFinalBestSolution();
            // A job ended before its search began (or before its first step) hands back the very problem it was given.
            return best == plan && stop.requested() ? null : best;
        }
    }

    /**
     * Time-limited (ended sooner when the best stops improving), or, with steps, the reproducible step-limited search
     * with the budget as a safety limit on top.
     */
    private SolverConfig solverConfig(Duration budget, long seed, Integer steps) {
        if (steps == null) {
            return engine.solverConfig(budget, seed, Duration.ofSeconds(support.config().unimprovedSeconds()));
        }
        SolverConfig config = engine.solverConfigSteps(steps, seed);
        return config.withTerminationConfig(new TerminationConfig().withSpentLimit(budget));
    }

    private void publish(UUID id, String status, String phase, long started, Progress progress) {
        AtomicReference<LiveRun> ref = live.get(id);
        if (ref == null) {
            return;
        }
        LiveRun before = ref.get();
        LiveRun now = new LiveRun(id, status, phase, millisSince(started), before.budgetSeconds(),
                progress == null ? before.bestUnservedM2() : Long.valueOf(progress.unservedM2()),
                progress == null ? before.matchedNeeds() : Integer.valueOf(progress.matchedNeeds()),
                progress == null ? before.totalNeeds() : Integer.valueOf(progress.totalNeeds()));
        ref.set(now);
        watchers.getOrDefault(id, List.of()).forEach(w -> w.accept(now));
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static long elapsed(RunRow row) {
        return row.finishedAt() == null ? 0 : Duration.between(row.createdAt(), row.finishedAt()).toMillis();
    }

    /** The default seed of a run: the day, so a run is repeatable from its date. */
    static long defaultSeed() {
        return LocalDate.now().toEpochDay();
    }

    @PreDestroy
    void close() {
        pool.shutdownNow();
    }
}
