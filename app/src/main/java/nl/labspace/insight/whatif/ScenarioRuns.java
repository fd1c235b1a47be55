package nl.labspace.insight.whatif;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import nl.labspace.db.insight.RegionTree;
import nl.labspace.db.insight.RegionTreeQuery;
import nl.labspace.db.market.MarketDay;
import nl.labspace.db.market.RunStatus;
import nl.labspace.db.whatif.NeedHome;
import nl.labspace.db.whatif.ResultRow;
import nl.labspace.db.whatif.ScenarioResults;
import nl.labspace.db.whatif.ScenarioRow;
import nl.labspace.db.whatif.WhatIfMarketQuery;
import nl.labspace.matching.NationalMarket;
import nl.labspace.solver.domain.MatchingInstance;

/**
 * Scenario runs in the background, one at a time (more wait in line): read the national market as a run would, solve
 * it without and with the buildings (WhatIfSolve), and store the result's cells. Nothing of the live market is
 * written: no proposal, hold or matching run. A run can be followed (phase, percent) and stopped; a stopped run keeps
 * no figures, since half a search is not the reproducible answer the scenario's seed promises.
 */
@Singleton
class ScenarioRuns {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ScenarioRuns.class);

    /** How far a solving run is, kept in memory while it runs. */
    record Live(String phase, int percent) {
    }

    /** The market one run reads, in one transaction. */
    private record MarketRead(MatchingInstance instance, Map<UUID, NeedHome> homes, RegionTree regions) {
    }

    private final Map<UUID, Live> live = new ConcurrentHashMap<>();
    private final Map<UUID, ScenarioStop> stops = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "whatif-run");
        t.setDaemon(true);
        return t;
    });
    private final TransactionOperations<Connection> tx;
    private final ScenarioResults results;
    private final NationalMarket market;
    private final WhatIfMarketQuery homes;
    private final RegionTreeQuery regions;
    private final JsonMapper json;

    ScenarioRuns(TransactionOperations<Connection> tx, ScenarioResults results, NationalMarket market,
                 WhatIfMarketQuery homes, RegionTreeQuery regions, JsonMapper json) {
        this.tx = tx;
        this.results = results;
        this.market = market;
        this.homes = homes;
        this.regions = regions;
        this.json = json;
    }

    /** Runs that were solving when the application stopped have no result: they show as interrupted. */
    @EventListener
    void onStartup(StartupEvent event) {
        tx.executeWrite(status -> results.interruptUnfinished());
    }

    /** Starts a run of the scenario as read; call inside the transaction that read it (the result row joins it). */
    UUID start(ScenarioRow scenario) {
        UUID id = results.start(scenario.id(), scenario.version(), scenario.seed(), scenario.steps(),
                LocalDate.now(ZoneId.of(MarketDay.ZONE)));
        live.put(id, new Live("reading", 0));
        stops.put(id, new ScenarioStop());
        return id;
    }

    /** Submits a started run once its row is committed. */
    void submit(UUID result, ScenarioRow scenario) {
        pool.submit(() -> run(result, scenario));
    }

    /** Whether the run was solving and is now asked to stop. */
    boolean stop(UUID result) {
        ScenarioStop stop = stops.get(result);
        return stop != null && stop.request();
    }

    /** The scenario's solving run, if any (read inside a transaction). */
    Optional<UUID> solving(UUID scenario) {
        return results.of(scenario).stream().filter(r -> RunStatus.SOLVING.is(r.status())).map(ResultRow::id).findFirst();
    }

    /** The live progress of a solving run, or null when it is not solving here. */
    Live live(UUID result) {
        return live.get(result);
    }

    private void run(UUID id, ScenarioRow scenario) {
        ScenarioStop stop = stops.get(id);
        try {
            MarketRead read = tx.executeRead(status -> new MarketRead(market.now("whatif-" + id),
                    homes.openNeedHomes().stream().collect(Collectors.toMap(NeedHome::needId, Function.identity())),
                    regions.tree()));
            WhatIfSolve.Outcome outcome = new WhatIfSolve(scenario.seed(), scenario.steps(), stop.signal(),
                    (phase, percent) -> progress(id, phase, percent)).solve(read.instance(), scenario.buildings());
            if (stop.close() || outcome == null) {
                end(id, RunStatus.STOPPED, "stopped before the result was complete; run it again for a result");
                return;
            }
            progress(id, "results", 95);
            ResultData data = ScenarioCells.of(outcome.solved(), read.homes(), read.regions(), scenario.buildings());
            String cells = json.writeValueAsString(data);
            tx.executeWrite(status -> {
                results.finish(id, read.instance().needs().size(), outcome.solved().market().instance().units().size(), cells);
                return null;
            });
            LOG.info("scenario run {} of scenario {} finished in {} ms: {} needs, unserved {} m2 before, {} m2 after",
                    id, scenario.id(), outcome.millis(), read.instance().needs().size(),
                    outcome.solved().before().unservedM2(), outcome.solved().after().unservedM2());
        } catch (Exception e) {
            stop.close();
            LOG.error("scenario run {} failed", id, e);
            end(id, RunStatus.FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            stops.remove(id);
            live.remove(id);
        }
    }

    private void progress(UUID id, String phase, int percent) {
        live.put(id, new Live(phase, percent));
        if (List.of("baseline", "scenario", "results").contains(phase)) {
            tx.executeWrite(status -> {
                results.phase(id, phase);
                return null;
            });
        }
    }

    private void end(UUID id, RunStatus status, String why) {
        tx.executeWrite(s -> {
            results.endWithout(id, status, why);
            return null;
        });
    }

    @PreDestroy
    void close() {
        pool.shutdownNow();
    }
}
