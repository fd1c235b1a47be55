package nl.labspace.solver.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.labspace.solver.domain.Assignment;
import nl.labspace.solver.domain.MatchingInstance;
import nl.labspace.solver.domain.Need;
import nl.labspace.solver.engine.EngineRun;
import nl.labspace.solver.engine.MatchingEngine;
import nl.labspace.solver.engine.MatchingSession;
import nl.labspace.solver.io.InstanceReader;
import nl.labspace.solver.validate.SolutionValidator;

/**
 * Warm-start re-solves for BENCHMARKS.md: a {@link MatchingSession} solves the market once (bench.initial seconds,
 * default 60), then one new need arrives (a copy of need #8 under a new id, appended) and is re-solved with a budget
 * of bench.resolve seconds (default 2); then the middle match of that plan is accepted (added to fixed) and
 * re-solved again. Prints one Markdown row per step: wall time of the whole call (offers and placements of the
 * changed needs, the repair of the previous plan and the search), unserved m2 and validity. Argument: one
 * instance file. System property bench.seed (default 42).
 */
public final class ResolveBench {

    private ResolveBench() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ResolveBench instance.json");
            System.exit(64);
        }
        MatchingInstance market = InstanceReader.read(Path.of(args[0]));
        long seed = Long.getLong("bench.seed", 42L);
        Duration initial = Duration.ofSeconds(Long.getLong("bench.initial", 60L));
        Duration resolve = Duration.ofSeconds(Long.getLong("bench.resolve", 2L));
        MatchingSession session = new MatchingSession(new MatchingEngine());

        System.out.println("| instance | step | budget s | wall s | unserved m2 | matched | valid |");
        System.out.println("|---|---|---|---|---|---|---|");
        EngineRun first = step(session, market, "first solve (cold)", initial, seed);

        Need model = market.needs().get(Math.min(7, market.needs().size() - 1));
        Need newcomer = new Need("N-BENCH-NEW", "C-BENCH-NEW", model.labM2(), model.officeM2(), model.containment(),
                model.gmp(), model.features(), model.moveInEarliest(), model.moveInLatest(), model.termMonths(),
                model.maxRentPerM2Year(), model.maxUnits(), model.near(), model.provinces(), model.sector());
        List<Need> needs = new ArrayList<>(market.needs());
        needs.add(newcomer);
        MatchingInstance withNewNeed = new MatchingInstance(market.name(), market.campuses(), market.units(), needs,
                market.leases(), market.fixed());
        EngineRun second = step(session, withNewNeed, "one new need (" + newcomer.totalM2() + " m2)", resolve, seed);

        List<Assignment> open = second.solution().assignments().stream()
                .filter(a -> market.fixed().stream().noneMatch(f -> f.needId().equals(a.needId()))).toList();
        Assignment accepted = open.get(open.size() / 2);
        List<Assignment> fixed = new ArrayList<>(market.fixed());
        fixed.add(accepted);
        MatchingInstance withAccepted = new MatchingInstance(market.name(), market.campuses(), market.units(), needs,
                market.leases(), fixed);
        EngineRun third = step(session, withAccepted, "one accepted match (" + accepted.needId() + ")", resolve, seed);
        if (!third.solution().assignments().contains(accepted)) {
            System.out.println("accepted match " + accepted + " was not kept");
        }
        System.out.printf(Locale.ROOT, "(first solve %d m2 unserved)%n", first.solution().unservedM2());
    }

    private static EngineRun step(MatchingSession session, MatchingInstance instance, String what, Duration budget,
                                  long seed) {
        long t0 = System.nanoTime();
        EngineRun run = session.solve(instance, budget, seed);
        double wall = (System.nanoTime() - t0) / 1e9;
        boolean valid = new SolutionValidator(instance).validate(run.solution()).isEmpty();
        System.out.printf(Locale.ROOT, "| %s | %s | %d | %.2f | %d | %d/%d | %s |%n", instance.name(), what,
                budget.toSeconds(), wall, run.solution().unservedM2(), run.solution().assignments().size(),
                instance.needs().size(), valid ? "yes" : "NO");
        return run;
    }
}
