package nl.labspace.solver.engine;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.MatchingSolution;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.offer.Offer;
import nl.labspace.solver.offer.OfferCatalog;

/**
 * A market that changes one event at a time (a new need, an accepted match): each solve starts from the previous
 * best plan and recomputes offers and placements only for needs that changed, so a re-solve costs about its
 * search budget. Supply changes (units, campuses, leases) rebuild everything. Not thread-safe: one per market.
 */
public final class MatchingSession {

    private final MatchingEngine engine;
    private MatchingInstance last;
    private Map<String, List<Offer>> offers = Map.of();
    private Map<String, List<Placement>> placements = Map.of();
    private MatchingSolution best;

    public MatchingSession(MatchingEngine engine) {
        this.engine = Objects.requireNonNull(engine);
    }

    /** Solve the market as it is now, warm-started from the previous solve of this session. */
    public EngineRun solve(MatchingInstance instance, Duration budget, long seed) {
        long started = System.nanoTime();
        Map<String, List<Placement>> reusable = reusablePlacements(instance);
        offers = offers(instance, reusable.keySet());
        MatchingPlan plan = new PlanBuilder(instance, offers, reusable).build(best);
        placements = plan.getAssignments().stream()
                .collect(Collectors.toMap(NeedAssignment::getId, NeedAssignment::getOptions));
        EngineRun run = engine.solvePlan(plan, RunOptions.of(budget, seed), started);
        last = instance;
        best = run.solution();
        return run;
    }

    public MatchingSolution lastSolution() {
        return best;
    }

    /** Needs unchanged since the last solve, with the same position and the same supply, keep their placements. */
    private Map<String, List<Placement>> reusablePlacements(MatchingInstance instance) {
        if (last == null || !sameSupply(last, instance)) {
            return Map.of();
        }
        Map<String, Integer> lastIndex = new HashMap<>();
        for (int i = 0; i < last.needs().size(); i++) {
            lastIndex.put(last.needs().get(i).id(), i);
        }
        Map<String, Need> lastNeeds = byId(last.needs(), Need::id);
        Map<String, Assignment> lastFixed = byId(last.fixed(), Assignment::needId);
        Map<String, Assignment> fixed = byId(instance.fixed(), Assignment::needId);
        Map<String, List<Placement>> reusable = new HashMap<>();
        for (int i = 0; i < instance.needs().size(); i++) {
            Need n = instance.needs().get(i);
            if (n.equals(lastNeeds.get(n.id())) && Objects.equals(lastIndex.get(n.id()), i)
                    && Objects.equals(fixed.get(n.id()), lastFixed.get(n.id())) && placements.containsKey(n.id())) {
                reusable.put(n.id(), placements.get(n.id()));
            }
        }
        return reusable;
    }

    /** Offers of the needs that cannot reuse their placements, computed on a market holding only those needs. */
    private Map<String, List<Offer>> offers(MatchingInstance instance, java.util.Set<String> reused) {
        List<Need> changed = instance.needs().stream().filter(n -> !reused.contains(n.id())).toList();
        Map<String, List<Offer>> result = new HashMap<>();
        if (!changed.isEmpty()) {
            List<String> ids = changed.stream().map(Need::id).toList();
            List<Assignment> fixed = instance.fixed().stream().filter(f -> ids.contains(f.needId())).toList();
            result.putAll(OfferCatalog.build(new MatchingInstance(instance.name(), instance.campuses(),
                    instance.units(), changed, instance.leases(), fixed)).byNeed());
        }
        return result;
    }

    private static boolean sameSupply(MatchingInstance a, MatchingInstance b) {
        return a.campuses().equals(b.campuses()) && a.units().equals(b.units()) && a.leases().equals(b.leases());
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (x, y) -> x, HashMap::new));
    }
}
